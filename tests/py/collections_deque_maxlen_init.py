from collections import deque
d = deque([1, 2, 3, 4, 5], 2)
print(list(d))
d = deque(range(10), maxlen=3)
print(list(d))
d = deque(maxlen=1)
d.append('x')
d.append('y')
print(list(d))
