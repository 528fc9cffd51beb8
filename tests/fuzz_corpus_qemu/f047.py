from collections import deque
d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(list(d), len(d))
