from collections import deque
d = deque(range(5))
print([x * 2 for x in d], sum(d), max(d), 3 in d, 9 in d)
it = iter(d)
print(next(it), next(it))
print(list(reversed(list(d))))
