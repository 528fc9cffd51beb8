global g0
g1 = 0
def f():
    global g1, g2
    g1 = 1
    x = 0
    def inner():
        nonlocal x
        x += 1
        def deeper():
            nonlocal x
            global g3
            x = g3 = 2
        return deeper
    return inner
class C:
    global g4
    g4 = 1
