def gen(n):
    for i in range(n):
        yield i * i
    return n
class CM:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, t, e, tb):
        return t is KeyError
a = True
b = 225
c = 'A,b'
d = [1, 2, 3]
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
