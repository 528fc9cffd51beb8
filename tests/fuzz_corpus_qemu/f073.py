from array import array
a = array('H', [3, 1, 2])
for x in a:
    print(x)
print(list(a), sum(a), sorted(a), max(a))
it = iter(a)
print(next(it))
