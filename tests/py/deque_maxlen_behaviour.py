def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from collections import deque
d = deque((), 3)
for i in range(6):
    d.append(i)
print(list(d))
d.appendleft(9)
print(list(d))
d.extend([10, 11])
print(list(d), len(d), d.maxlen)
t(lambda: deque((), -1))
