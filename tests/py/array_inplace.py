def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('i', [1])
b = a
a += array('i', [2])
print(a, a is b)
a *= 2
print(a, a is b)
a *= 0
print(a, len(a))
def f():
    global a
    a += [1]
t(f)
