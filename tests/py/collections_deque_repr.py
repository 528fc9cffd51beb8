from collections import deque
print(deque())
print(deque([1, 'a', None]))
print(deque([1, 2], maxlen=5))
print(repr(deque((), 2)))
print([deque([(1, 2)])])
