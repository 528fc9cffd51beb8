l = ['a', 'b', 'c', 'd']
del l[1]
print(l)
del l[-1]
print(l)
try:
    del l[10]
except IndexError:
    print('IndexError')
