# bytes()/bytearray() constructor errors, fromhex, memoryview construction
print(bytes(3), bytes([1, 255]), bytes(bytearray(b'x')), bytes(memoryview(b'mv')), bytes())
print(bytes('é', 'utf-8'), bytearray('ab', 'ascii'), bytes(range(3)), bytes((x for x in [65, 66])))
for f in [lambda: bytes('abc'), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]),
          lambda: bytes([1.5]), lambda: bytes([2 ** 70]), lambda: bytes(['a']),
          lambda: bytearray('x'), lambda: bytearray(-2), lambda: bytes(1.5), lambda: bytes(None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
print(bytes.fromhex('41 42 43'), bytes.fromhex(' 0a0B '), bytes.fromhex(''), bytes.fromhex('ff 00'))
print(bytes.fromhex('  '), bytes.fromhex('de ad  be ef'))
for s in ['4', '4g', 'zz', '41 4', ' 4 1', 5]:
    try:
        print(bytes.fromhex(s))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'abcdef')
m2 = memoryview(m)
print(bytes(m2), len(m2), m2[1], bytes(m2[1:3]), bytes(memoryview(bytearray(b'xy'))))
for f in [lambda: memoryview(), lambda: memoryview(5), lambda: memoryview('s')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError')
