def a():#
    raise KeyError('deep')
def b():
    a()
def c():
    try:
        b()
    except KeyError as e:
        return 'c caught ' + str(e)
print(c())
