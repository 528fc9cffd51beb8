from collections import deque
d = deque([3])
d.extend([4, 5])
d.extendleft([2, 1])
print(list(d))
d.extend(range(6, 8))
print(list(d))
d.extend(d)
print(list(d), len(d))
