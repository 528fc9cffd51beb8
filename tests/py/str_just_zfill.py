# ljust / rjust / zfill on str, bytes and bytearray
for s in ['ab', '', 'abcdef']:
    print(repr(s.ljust(4)), repr(s.rjust(4)), repr(s.ljust(5, '*')), repr(s.rjust(5, '-')))
print(repr('ab'.ljust(-3)), repr('ab'.rjust(0)))
print(repr('é'.ljust(3, 'ü')), repr('é'.rjust(3, 'ü')))
for s in ['42', '-42', '+42', '', 'abc', '-', '3.5']:
    print(repr(s.zfill(5)), repr(s.zfill(1)))
print(repr('é'.zfill(3)), repr('-é'.zfill(4)))
print(b'7'.zfill(3), b'-7'.zfill(4), bytearray(b'+1').zfill(4))
print(b'ab'.ljust(4), b'ab'.rjust(4, b'.'), bytearray(b'x').ljust(3, b'-'))
print(b'abc'.ljust(2), bytearray(b'abc').rjust(1), b'abc'.zfill(2))
r = bytearray(b'q').ljust(0)
print(type(r).__name__, r)
for bad in [lambda: 'a'.ljust(3, 'xy'), lambda: 'a'.rjust(3, ''),
            lambda: b'a'.ljust(3, b'xy'), lambda: 'a'.zfill('3'),
            lambda: 'a'.ljust(3, 5), lambda: 'a'.ljust()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
