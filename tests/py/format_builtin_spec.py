# the format() builtin with int, float, str and bool values
print(format(42), format(42, ''), format('s'), format(None), format(True))
print(format(65, 'c'), format(0x263a, 'c'), format(65, '>4c'), format(65, '^5c'))
print(format(65, '=4c'), format(65, '04c'), format(66, '<3c') + '|')
print(format(5, 'e'), format(5, '.2f'), format(5, '%'), format(-5, '.1%'))
print(format(5, 'g'), format(5, 'E'), format(5, 'F'), format(123456789, 'g'))
print(format(5, 'n'), format(-123, '+n'), format(2.5, 'n'), format(1234567, ','))
print(format(255, '_x'), format(255, '_b'), format(2 ** 20, '_b'), format(2 ** 20, '_o'))
print(format(2 ** 40, '_X'), format(2 ** 40, '#_x'), format(-2 ** 20, '_d'))
print(format(123, '010_d'), format(-123, '010,d'), format(1234, '012_b'))
print(format(True, 'd'), format(False, '>5'), format(True, '^7'))
print(format(-0.0, 'z.1f'), format(-0.001, 'z.2f'), format(0.001, 'z.1e'))
for v, spec in [(65, '+c'), (65, '#c'), (65, ' c'), (0x110000, 'c'), (-1, 'c'),
                (5, '.2d'), (5, 'zd'), (5, 'y'), (5, ',x'), (5, ',b'),
                (5.0, 'd'), (5.0, 'x'), ('s', 'd'), (5, 'ss'), (5, 5), ([], 'x')]:
    try:
        print(format(v, spec))
    except Exception as e:
        print(type(e).__name__, e)
