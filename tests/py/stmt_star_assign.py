a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b = (1,)
print(a, b)
first, *_, last = [9, 8, 7, 6]
print(first, last)
