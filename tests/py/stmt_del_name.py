x = 5
del x
try:
    x
except NameError:
    print('NameError')
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
