from array import array
print(bool(array('i')), bool(array('i', [0])))
a = array('B')
if not a:
    print('empty')
a.append(0)
print(len(a), bool(a))
