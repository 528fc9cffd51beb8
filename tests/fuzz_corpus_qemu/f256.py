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
b = (1, 'two', None)
c = (1, 'two', None)
d = (1, 'two', None)
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
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
                    b |= {(1, 'two', None): {(1, 'two', None): b}}
                else:
                    b |= {(1, 'two', None): {(1, 'two', None): b}}
            else:
                b = [b for b in {(1, 'two', None): {(1, 'two', None): b}}]
        else:
            class K0(Exception):
                attr = {(1, 'two', None): {(1, 'two', None): b}}
                def __init__(self, v=0):
                    self.v = v
                def meth(self, x=1):
                    global b
                    b = {(1, 'two', None): {(1, 'two', None): b}}
                    return {(1, 'two', None): {(1, 'two', None): b}}
            b = [b for b in {(1, 'two', None): {(1, 'two', None): b}}]
    else:
        b = [b for b in {(1, 'two', None): {{'k': 1, 2: 'v'}: a}}]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if d:
        a, a = a, a
        try:
            if (~(not {(1, 'two', None): b})):
                b = [b for b in {1073741823: tuple(tuple(c))}]
            try:
                try:
                    c &= tuple(tuple(tuple(d)))
                except StopIteration as e:
                    print('caught', type(e).__name__, e.args)
                    print((((('{}' < '{}') < ('{}' < '{}')) < (('{}' < '{}') < ('{}' < '{}'))) < ((('{}' < '{}') < ('{}' < '{}')) < (('{}' < '{}') < ('{}' < '{}')))))
                    print((((('{}' < '{}') < ('{}' < '{}')) < (('{}' < '{}') < ('{}' < '{}'))) < tuple(tuple(tuple(c)))))
                    c &= tuple(tuple(tuple(1073741823)))
            except AttributeError as e:
                print('caught', type(e).__name__, e.args)
                try:
                    c &= tuple(tuple(tuple(c)))
                except AttributeError as e:
                    print('caught', type(e).__name__, e.args)
                    c &= tuple(tuple(tuple(c)))
        except AttributeError as e:
            print('caught', type(e).__name__, e.args)
            try:
                try:
                    c &= tuple(tuple(tuple(c)))
                except AttributeError as e:
                    print('caught', type(e).__name__, e.args)
                    b |= {(1, 'two', None): (b'bytes').pop()}
                finally:
                    b = ((f2() + a) < a)
            except ValueError as e:
                print('caught', type(e).__name__, e.args)
                a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
