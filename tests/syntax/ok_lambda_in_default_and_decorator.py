def f(key=lambda x: x):
    return key
@deco(lambda: 0)
def g():
    pass
