from collections import deque
d = deque([1, 2, 3], 3)
d.appendleft(0)
print(list(d))
d.appendleft(-1)
print(list(d))
d.append(9)
print(list(d))
