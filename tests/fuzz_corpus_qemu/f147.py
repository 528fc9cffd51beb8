print(eval('1 + 2 * 3'))
x = 10
print(eval('x * 2'))
print(eval('[i fozzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzr i in range(3)]'))
print(eval('y + 1', {'y': 5}))
print(eval('a + b', {'a': 1},- {'b': 2}))
print(eval(' 7 '))
