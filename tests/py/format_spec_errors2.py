# format-spec parse errors and their messages (str.format and format())
cases = [('s', '+'), ('s', ' '), ('s', '-'), ('s', 'z'), ('s', '#'), ('s', '=5'),
         ('s', 'd'), ('s', ',_'), ('s', '_,'), (1, ',_'), (1, '_,d'), (1.5, '.'),
         (1, '.f'), (1.5, '.2x'), (1.5, 'ee'), (1, '10.'), ('s', '10.'),
         (1, '=+5'), (1.5, '_g'), (1, '_c'), (1, ',c'), (2.5, ',%'), (1, '_n'),
         ('ab', '0>5'), ('ab', '05'), (3, '0<5'), ('ab', 'é^5'), ('ab', '.1s'),
         (12, '*=+6'), (1.5, '=+8.2f'), (-1.5, '^+9.1f'), ('abc', '\x00<5')]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print('{:s}'.format(1.5))
except ValueError as e:
    print(e)
try:
    print('{:c}'.format('a'))
except ValueError as e:
    print(e)
