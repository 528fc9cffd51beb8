from array import array
for code in 'bhiqd':
    a = array(code, [1, 2, 3, 4])
    a.reverse()
    print(a)
a = array('H'); a.reverse(); print(a)
a = array('I', [70000]); a.reverse(); print(a)
