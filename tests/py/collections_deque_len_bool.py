from collections import deque
d = deque()
print(len(d), bool(d))
d.append(None)
print(len(d), bool(d))
d.pop()
print(len(d), bool(d), not d)
