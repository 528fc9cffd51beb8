def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(list(d), len(d), bool(d), d[0], d[-1])
print(d.pop(), d.popleft(), list(d))
d.extend([7, 8]); print(list(d))
d.clear(); print(list(d), len(d), bool(d))
t(lambda: d.pop())
t(lambda: d.popleft())
t(lambda: d[0])
