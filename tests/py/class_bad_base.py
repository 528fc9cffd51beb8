# Bases that cannot be combined or subclassed raise TypeError.
for bases in [(list, tuple), (dict, str), (type(len),), (bool,), (type(None),), (range,)]:
    try:
        type("X", bases, {})
        print("made")
    except TypeError:
        print("TypeError")

class T(tuple):
    pass

class U(T):
    pass

print(U((1,)) == (1,), isinstance(U(), tuple))
