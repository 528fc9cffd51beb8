from collections import deque
d = deque([1, 2, 3], 5)
d.clear()
print(list(d), len(d))
d.append(4)
d.appendleft(3)
print(list(d))
