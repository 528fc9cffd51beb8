l = list(range(8))
l[::2] = ['a', 'b', 'c', 'd']
print(l)
l[::-3] = [0, 0, 0]
print(l)
try:
    l[::2] = [1, 2]
except ValueError:
    print('ValueError')
