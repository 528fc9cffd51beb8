from array import array
a = array('i', [1, 2, 3, 4])
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-1), a)
a.pop()
try:
    a.pop()
except IndexError:
    print('IndexError')
