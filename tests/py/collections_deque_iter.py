from collections import deque
d = deque('abc')
for x in d:
    print(x)
it = iter(d)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(list(enumerate(deque([5, 6]))))
