def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
r = bytearray(b'%d:%s') % (1, b'x')
print(type(r).__name__, r)
r = bytearray(b'%c') % 97
print(type(r).__name__, r)
t(lambda: bytearray(b'%s') % 'no')
