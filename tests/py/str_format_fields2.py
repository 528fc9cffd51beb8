# str.format: attribute / index fields, conversions, numbering, errors
class P:
    x = 3
    name = 'pt'
print('{0.x} {0.name!r} {0.name!s:>4}'.format(P()))
print('{0[1]} {1[-1]} {1[k]} {1[k][0]}'.format('abc', {'k': 'vw', '-1': 0}))
print('{[0]}{[1]}'.format('ab', 'cd'), '{a.real}'.format(a=5))
print('{!a}|{!r}|{!s}'.format('é', 'é', 'é'), '{0!a:>8}'.format('ü'))
print('{:{}{}}'.format(3.14159, '.', 3), '{:{w}.{p}f}'.format(2.5, w=7, p=2))
print('{x}-{y}'.format_map({'x': 1, 'y': 2}), '{{{0}}}'.format(9))
print('{0}{0}{1}'.format('a', 'b'), '{}{}'.format(1, 2), ''.format(1))
errs = ['{0.}', '{0[}', '{0[]}', '{0]}', '{0x}', '{!x}', '{0!}', '{0!rx}', '{',
        '}', 'a}b', '{0:{}', '{}{0}', '{0}{}', '{0!', '{0:{:{:{}}}}', '{a{}',
        '{0.x.}', '{5}', '{q}', '{0[1]x}']
for t in errs:
    try:
        print(repr(t.format('abc', 1, 2)))
    except Exception as e:
        print(repr(t), type(e).__name__)
try:
    print('{0}'.format_map({}))
except Exception as e:
    print(type(e).__name__)
try:
    print(str.format(5, 1))
except Exception as e:
    print(type(e).__name__)
