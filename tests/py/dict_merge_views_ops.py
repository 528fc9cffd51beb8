# dict | and |=, bytearray +=, bytes ordering, dict-view membership and truth
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
c = a | b
print(c, a, b | a, {} | {}, a | {})
a |= b
print(a, c is not a)
a |= [('w', 0)]
print(a)
for f in [lambda: {} | [], lambda: {} | None]:
    try:
        print(f())
    except TypeError:
        print('TypeError')
ba = bytearray(b'ab')
same = ba
ba += b'cd'
ba += bytearray(b'e')
ba += memoryview(b'f')
print(ba, same is ba)
try:
    ba += 'g'
except TypeError:
    print('TypeError')
print(b'a' < b'b', b'ab' <= b'ab', b'b' > b'ab', b'a' >= b'b', bytearray(b'z') > b'y', b'' < bytearray(b'\x00'))
print(memoryview(b'ab') == b'ab', b'abc' >= bytearray(b'abc'), bytearray(b'a') <= b'a')
d = {1: 'a', 2: 'b'}
print((1, 'a') in d.items(), (1, 'b') in d.items(), 1 in d.items(), (1, 2, 3) in d.items(), [1, 'a'] in d.items())
print(3 in d.keys(), 2 in d.keys(), bool(d.keys()), bool({}.values()), bool({}.items()), bool(d.items()))
print(b'' or 'empty', bytearray() or 'e2', 0j or 'zc', 1j and 'nz', memoryview(b'') or 'em')
