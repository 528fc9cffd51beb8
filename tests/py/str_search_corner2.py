# find/index/count/startswith on str and bytes: int needles, ranges, tuples, errors
b = b'abcabc'
print(b.find(98), b.rfind(99), b.index(97, 1), b.count(99), b.find(120), bytearray(b).rfind(97))
print(b.find(b'c', 10), b.count(b'a', 7), 'abc'.count('', 5), 'abc'.count('', 3), 'abc'.find('', 4))
print('abc'.startswith('a', 5), 'abc'.endswith('', 3), 'abc'.endswith('', 4), b.startswith(b'', 6))
print('hello'.startswith(('x', 'he')), b.endswith((b'x', b'bc')), 'é€x'.find('x'), 'é€x'.rfind('€'))
print('aéa'.count('a'), 'éé'.index('é', 1), '€€€'.rindex('€', 0, 2), 'xé'.startswith('é', 1))
for f in [lambda: b.find(256), lambda: b.find(-1), lambda: b.index(b'z'), lambda: 'ab'.rindex('z'),
          lambda: b.rindex(120), lambda: 'ab'.find(1), lambda: b.find('a'), lambda: b.count(1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: 'ab'.startswith(1), lambda: 'ab'.endswith(['a']), lambda: b.startswith('a'),
          lambda: b.endswith(5), lambda: 'ab'.startswith(('a', 1))]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', str(e)[:30])
