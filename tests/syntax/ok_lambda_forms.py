f = lambda: 0
f = lambda x: x
f = lambda x, y=1: x + y
f = lambda *a: a
f = lambda **k: k
f = lambda a, *b, c=1, **d: (a, b, c, d)
f = lambda *, k: k
f = lambda x: lambda y: x + y
f = lambda x=lambda: 1: x()
g = [lambda i=i: i for i in range(3)]
h = lambda x: x if x else -x
