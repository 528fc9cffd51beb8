a, *b = [1, 2, 3]
print(a, b)
*a, - = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a,print(first, last)
