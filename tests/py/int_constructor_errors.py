for s in ('x', '', '1.5', '12a', '0x', '--1'):
    try:
        int(s)
    except ValueError as e:
        print(repr(s), type(e).__name__)
try:
    int('9', 8)
except ValueError:
    print('base 8 rejects 9')
