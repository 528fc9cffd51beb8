from array import array
a = array('I')
for i in range(200):
    a.append(i * i)
print(len(a), a[199], sum(a))
