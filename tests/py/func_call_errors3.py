# call-time argument errors and their messages
def f(a, b=2):
    return a, b
def g(a, b, c):
    return a
def h(*, k):
    return k
cases = [lambda: f(1, a=1), lambda: f(1, 2, 3), lambda: f(), lambda: g(),
         lambda: g(1), lambda: f(b=1), lambda: h(), lambda: f(1, c=2),
         lambda: g(1, 2, 3, 4), lambda: h(1)]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print(e)
print(f(**{'a' + 'x'[:0]: 5}), f(*[7], **{'b' + '': 8}), h(**dict(k=9)))
n, t = 5, 'x'
for c in [lambda: f(**[1]), lambda: f(**{1: 2}), lambda: f(*5), lambda: n(), lambda: t()]:
    try:
        print(c())
    except TypeError as e:
        print('TypeError')
class C:
    def m(self, x):
        return x * 2
print(C.m(C(), 4), C().m(x=5), getattr(C(), 'm')(6))
try:
    C().m(1, x=2)
except TypeError as e:
    print('TypeError', 'multiple values' in str(e))
