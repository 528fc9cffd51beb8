from collections import deque
d = deque([1, 'two', (3,)])
print(1 in d, 'two' in d, (3,) in d, 4 in d, 'tw' in d)
