# %-formatting with a bytes or bytearray template
print(b'%d %s %r' % (1, b'ab', 3))
print(b'%c%c' % (65, b'z'), b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'efgh'))
print(b'%x|%#o|%05d|%X' % (255, 8, -42, 3054))
print(b'100%%' % (), b'%s' % bytearray(b'ba'), b'%a' % 'é', b'%5c|' % 66)
print(bytearray(b'%d-%d') % (1, 2), type(bytearray(b'%s') % b'q').__name__)
print(b'%.1f %e' % (0.25, 1.5), b'%i|%+d' % (7, 7), b'\xff%s' % b'\xfe')
print(b'%-4d|%4s|' % (5, b'\x80'), b'%*d' % (4, 9))
for t, a in [(b'%y', 1), (b'%', ()), (b'%s %s', (b'a',)), (b'%d', 'x'), (b'%c', ())]:
    try:
        print(t % a)
    except Exception as e:
        print(type(e).__name__)
