# complex(): string forms, two arguments, conjugate, errors
for s in ['1+2j', ' 3j ', '-1.5-2.5j', '(1+1j)', 'j', '-j', '+2J', '1e1+1e-1j', '4', ' ( 2-j ) ',
          'inf+nanj', '1+j', '0j', '.5j', '1_0+2_0j']:
    try:
        print(repr(s), complex(s))
    except ValueError:
        print(repr(s), 'ValueError')
for s in ['1+', 'j1', '1+2', '1 + 2j', '()', '(1+2j', '', 'x', '1+2jj', '1j+2', '--1j']:
    try:
        print(repr(s), complex(s))
    except ValueError:
        print(repr(s), 'ValueError')
print(complex(1, 2), complex(1.5), complex(2j, 1), complex(1j, 1j), complex(), complex(True, False))
print((1 + 2j).conjugate(), (3).conjugate(), (2.5).conjugate(), (1j).real, (1j).imag)
for f in [lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([]), lambda: complex(None),
          lambda: complex({}, 1)]:
    try:
        print(f())
    except TypeError:
        print('TypeError')
print(abs(3 + 4j), -(1 + 1j), +(2 - 1j), (1 + 2j) == complex('1+2j'), 1j ** 2)
