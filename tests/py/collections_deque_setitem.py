from collections import deque
d = deque([1, 2, 3, 4])
d[1] = 'b'
d[-1] = 'd'
print(list(d))
del d[0]
print(list(d))
del d[-1]
print(list(d))
try:
    d[5] = 0
except IndexError:
    print('IndexError')
