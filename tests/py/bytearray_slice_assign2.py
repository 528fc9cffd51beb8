# bytearray / memoryview item and slice assignment, deletion, extended slices
b = bytearray(b'abcdefgh')
b[::2] = b'1234'
print(b)
b[::-2] = b'WXYZ'
print(b)
b[1:3] = b''
print(b)
b[0:0] = bytearray(b'++')
print(b)
del b[::3]
print(b)
del b[-1]
b[-1] = 33
print(b, b[::-1], bytearray(b'xyz')[::-1], b[1::2])
m = memoryview(bytearray(b'0123456'))
m[1:3] = b'ab'
m[-1] = 90
m[::3] = b'XYZ'
print(bytes(m), m.tobytes() if hasattr(m, 'tobytes') else bytes(m))
def s1(): b[::2] = b'x'
def s2(): m[0:2] = b'xyz'
def s3(): b[0] = 256
def s4(): b[0] = b'a'
def s5(): del m[0]
def s6(): b[0:1] = 5
def s7(): b[99] = 1
def s8(): b[1:3] = 'ab'
for f in [s1, s2, s3, s4, s5, s6, s7, s8]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
c = bytearray(b'hello')
c[1:4] = c
print(c, bytearray.__getitem__(bytearray(b'ab'), 1), bytes.__getitem__(b'ab', slice(1, None)))
