# %-formatting: flags, '*' width/precision, length modifiers, keys, errors
print('%+d|% d|%+5d|%-5d|%05d|%+05d' % (3, 3, 3, 3, -3, 3))
print('%#x|%#X|%#o|%#08x|%-#8o|%#5x' % (255, 255, 8, 255, 8, 0))
print('%*d|%-*d|%*s|%.*f|%*.*f' % (5, 1, 5, 2, -4, 'ab', 2, 3.14159, 8, 1, 2.25))
print('%ld|%hd|%Li|%lx' % (10, 20, 30, 255))
print('%.2s|%5.1s|%-6.3s|%.0s|' % ('abcdef', 'xyz', 'hello', 'gone'))
print('%(a)s %(b)d %(a)r' % {'a': 'x', 'b': 7})
print('%(a(b))s|%((x))s' % {'a(b)': 1, '(x)': 2})
print('%a|%a|%5a' % ('é', 'x\u20ac', 'q'))
print('%c%c%c' % (72, 'i', 0x263a), '%5c|%-3c|' % ('x', 65))
print('%i %u %%' % (4, 5), '%e|%E|%G|%g' % (0.5, 2.0, 1e-5, 100000.0))
print('%x %o %X' % (-255, -8, 3 ** 50))
print('%d %d' % (True, 2 ** 70), '%s' % ((1, 2),), '%r' % (None,))
for t, a in [('%', ()), ('%(a', {'a': 1}), ('%(a)s', 1), ('%y', 1), ('ab%é', 1),
             ('%c', 'ab'), ('%c', 0x110000), ('%c', -1), ('%c', 1.5), ('%d', 'x'),
             ('%x', 1.5), ('%f', 'x'), ('%*d', ('a', 1)), ('%.*f', ('a', 1.0)),
             ('%d %d', (1,)), ('%d', (1, 2)), ('%(a)s %s', {'a': 1}), ('%5', 1),
             ('%(a)s', {})]:
    try:
        print(repr(t % a))
    except Exception as e:
        print(type(e).__name__, e)
