print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.5]))
print(sum([1, 2], 10), sum([[1], [2]], []), sum((x for x in range(4)), 100))
try:
    sum(['a', 'b'])
except TypeError:
    print('TypeError')
