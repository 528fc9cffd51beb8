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
a = (1, 'two', None)
b = 58
c = 184
d = False
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    def f2():
        b[len((True / 4))] = b'bytes'
        return {}
except Exception as e:
    print('exc', type(e).__name__)
try:
    for b in range(5):
        b[len((c / 1))] = (('' * (False).append('a')) in a)
        try:
            try:
                try:
                    a = []
                except ZeroDivisionError as e:
                    print('caught', type(e).__name__, e.args)
                    a = []
            except ZeroDivisionError as e:
                print('caught', type(e).__name__, e.args)
                try:
                    a = []
                except ZeroDivisionError as e:
                    print('caught', type(e).__name__, e.args)
                    a = []
        except ZeroDivisionError as e:
            print('caught', type(e).__name__, e.args)
            try:
                try:
                    a = []
                except ZeroDivisionError as e:
                    print('caught', type(e).__name__, e.args)
                    a = []
            except ZeroDivisionError as e:
                print('caught', type(e).__name__, e.args)
                try:
                    a = []
                except ZeroDivisionError as e:
                    print('caught', type(e).__name__, e.args)
                    a = []
except Exception as e:
    print('exc', type(e).__name__)
try:
    try:
        try:
            try:
                try:
                    a = []
                except ZeroDivisionError as e:
                    print('caught', type(e).__name__, e.args)
                    a = []
            except TypeError as e:
                print('caught', type(e).__name__, e.args)
                def f0():
                    raise KeyError((lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] / 4), (('' & {'k': 1, 2: 'v'}) in (-(1, 'two', None)))))
                    a = a
                    a = a
                    return a
                a = a
                a = a
        except ValueError as e:
            print('caught', type(e).__name__, e.args)
            a = a
    except ValueError as e:
        print('caught', type(e).__name__, e.args)
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
