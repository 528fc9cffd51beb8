# bytearray pop / insert / remove / reverse / clear / copy
b = bytearray(b'hello')
print(b.pop(), b)
print(b.pop(0), b)
print(b.pop(-2), b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
b.remove(66)
print(b)
b.reverse()
print(b)
c = b.copy()
c.append(33)
print(b, c, type(c).__name__)
b.clear()
print(b, len(b), c)
for bad in [lambda: bytearray().pop(), lambda: bytearray(b'a').pop(5),
            lambda: bytearray(b'a').remove(9), lambda: bytearray(b'a').insert(0, 256),
            lambda: bytearray(b'a').insert(0, 'x'), lambda: bytearray(b'a').remove(-1),
            lambda: bytearray(b'a').insert('0', 1), lambda: bytearray(b'a').pop('x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
d = bytearray(b'abcdef')
del d[1]
del d[-1]
print(d)
d.reverse()
print(d, bytearray().copy(), bytearray(b'z').reverse())
