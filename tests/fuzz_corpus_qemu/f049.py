from collections import deque
d = deque([1, 2, 3, 4])
print(d.pop(), d.popleft(), list(d))
print(d.pop(), d.pop(), len(d))
