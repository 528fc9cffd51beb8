print(None, repr(None), type(None).__name__)
x = None
print(x is None, x is not None, x == None)
print(bool(None), not None)
def f():
    pass
print(f())
