from collections import deque
print(deque().maxlen)
print(deque([], 3).maxlen)
d = deque([1, 2, 3, 4], 2)
print(list(d), d.maxlen)
