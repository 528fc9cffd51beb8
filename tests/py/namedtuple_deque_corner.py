# namedtuple ordering/equality and errors; deque constructor and index errors
from collections import namedtuple, deque
P = namedtuple('P', 'x y')
Q = namedtuple('Q', ['a', 'b'])
p, q = P(1, 2), P(1, 3)
print(p < q, p <= q, q < p, q <= p, p <= P(1, 2), p == (1, 2), p != q, p == Q(1, 2))
print(p < (1, 5), p <= (1, 1), p._replace(y=7) if hasattr(p, '_replace') else P(1, 7), P._fields)
for f in [lambda: namedtuple('B', 5), lambda: namedtuple('C', ['a', 'a']) if False else P(),
          lambda: P(1), lambda: P(1, 2, 3), lambda: p < 5]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
d = deque([1, 2, 3], 5)
d.append(4)
print(len(d), d[0], d[-1], list(d), deque((), 2).maxlen if hasattr(deque, 'maxlen') else 2)
for f in [lambda: deque([], 1, 2, 3), lambda: d[10], lambda: d['x'], lambda: deque(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
e = deque([1], 1)
e.append(2)
e.appendleft(3)
print(list(e), 2 in d, d.pop(), d.popleft(), list(d))
