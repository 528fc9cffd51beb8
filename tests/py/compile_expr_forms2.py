# expression forms: every slice shape, Ellipsis, walrus arguments, call-syntax errors
a = list(range(8))
print(a[:], a[::], a[:5:], a[1::], a[1:5:], a[::3], a[:6:2], a[2::2], a[1:7:2], a[-1::-3])
print(a[...] if False else ..., Ellipsis is ..., str(...), [...][0] is Ellipsis)
def f(*args, **kw):
    return args, kw
print(f(x := 5), x, f(y := 2, z=3), y, f(*[1], *[2], **{'k': 1}, **{'j': 2}))
print((lambda: (q := 7) + q)(), [w := 1, w + 1], {'k': (v := 3)}, v)
print(2 ** -1, -2 ** 2, (-2) ** 2, 7 // -2, -7 % 3, 1 | 2 ^ 3 & 4, ~5 << 1 >> 1)
m = 6
m |= 1; m ^= 3; m &= 12; m <<= 2; m >>= 1; m **= 2; m //= 3; m %= 7
print(m)
srcs = ['f(x for x in a, 1)', 'f(**a, *b)', 'f(a=1, 2)', 'f(**a, b)', 'f(a + 1 = 2)', 'f(1 = 2)',
        'yield 1', 'await x', '{1: 2, 3}', '{1, 2: 3}', 'f(a.b := 1)',
        '(*a)', 'del (a + 1)',
        'f(x for x in a)', 'f(*a, b=1, *c)', 'f(a, *b, c)', '[x for x in a if x]']
for s in srcs:
    try:
        compile(s, 'm', 'exec')
        print('ok', s.split('\n')[0])
    except SyntaxError:
        print('SyntaxError', s.split('\n')[0])
