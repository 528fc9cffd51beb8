from collections import deque
d = deque([1, 2], 0)
d.append(3)
d.appendleft(4)
print(list(d), len(d))
