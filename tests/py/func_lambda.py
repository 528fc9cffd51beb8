sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print(sorted([3, -1, 2], key=lambda v: -v))
print((lambda x: (lambda y: x + y))(10)(5))
