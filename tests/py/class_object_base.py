o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError:
    print('AttributeError')
class C(object):
    pass
print(issubclass(C, object))
