# string prefixes in every case and order; invalid prefixes; bytes/str mixing
x = 5
print(u'a', U'b', r'\n', R'\t', b'c', B'd', br'\e', Br'\f', bR'\g', BR'\h')
print(rb'\i', Rb'\j', rB'\k', RB'\l', f'{x}', F'{x}', rf'\{x}', fR'\{x}', Rf'{x}\n', FR'{x}')
print(u'a' 'b' U'c', b'a' b'b' B'c', 'a' f'{x}' r'\x')
for src in ["ub'x'", "bu'x'", "bf'x'", "fb'x'", "rr'x'", "uu'x'", "ur'x'", "rbf'x'",
            "b'a' 'b'", "'a' b'b'", "f'a' b'b'", "bb'x'"]:
    try:
        print(repr(eval(src)))
    except SyntaxError:
        print('SyntaxError', src)
print(eval("u'x' 'y'"), eval("rb'\\\\d'"), eval("R'\\x'"))
