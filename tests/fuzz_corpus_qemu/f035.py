def f():
    """This is the docstring."""
    return 42
print(f())
def g():
    'single quoted doc'
print(g())
