def f():
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return (1, 2)
def j():
    return (a, b)
def k():
    if x: return 1
    return
