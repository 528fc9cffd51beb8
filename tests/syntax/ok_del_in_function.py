def f():
    a = 1
    del a
    b = [1, 2]
    del b[0]
    global g
    g = 1
    del g
