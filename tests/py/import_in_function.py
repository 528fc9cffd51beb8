def f():
    import mod_simple
    return mod_simple.double(21)
print(f())
print('mod_simple' in dir())
