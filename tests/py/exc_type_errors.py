nothing = None
cases = [lambda: 1 + 'a', lambda: len(5), lambda: nothing(), lambda: [] < 1,
         lambda: 'a' * 'b', lambda: {}[[]], lambda: int([]), lambda: iter(5), lambda: abs('x')]
for c in cases:
    try:
        c()
    except TypeError:
        print('TypeError')
