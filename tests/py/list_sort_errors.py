l = [1, 'a', 2]
try:
    l.sort()
except TypeError:
    print('TypeError')
print(sorted([]), sorted([5]))
