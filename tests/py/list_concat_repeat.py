print([1, 2] + [3], [0] * 3, 2 * ['x'])
a = [[]] * 3
a[0].append(1)
print(a)
try:
    [1] + (2,)
except TypeError:
    print('TypeError')
