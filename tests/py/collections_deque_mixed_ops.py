from collections import deque
d = deque([1, 2, 3])
d.rotate(1)
d.appendleft(0)
d.extend([7, 8])
d[2] = 'x'
del d[1]
print(d, d.pop(), d.popleft(), len(d))
print(list(reversed(list(d))))
