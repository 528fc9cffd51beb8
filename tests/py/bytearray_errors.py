a = bytearray(2)
for f in (lambda: a.__setitem__(0, 256), lambda: a.__setitem__(0, -1)):
    try:
        f()
    except ValueError:
        print('ValueError')
try:
    a[5] = 1
except IndexError:
    print('IndexError')
