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
b = {'k': 1, 2: 'v'}
c = b'bytes'
d = 3.14159
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    b, c = c, b
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        if c:
            if c:
                if c:
                    assert c, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        if c:
            if c:
                if c:
                    assert c, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        if c:
            if c:
                if c:
                    assert (([1.5, c, c]).index(c) | c), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        if c:
            if c:
                if c:
                    assert c, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        if c:
            if c:
                if c:
                    assert c, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        if c:
            if c:
                if c:
                    assert c, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        if c:
            if c:
                if c:
                    assert c, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        if c:
            if c:
                if c:
                    assert c, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        if c:
            if c:
                class K0(list):
                    attr = d
                    def __init__(self, v=0):
                        self.v = v
                    def __eq__(self, o):
                        c[(len(a)).append(a)] = a
                        return True
                    def __eq__(self, o):
                        a = a
                        return True
                    def __eq__(self, o):
                        a = a
                        return True
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
