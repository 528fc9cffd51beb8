# join type errors, split/strip around non-ASCII whitespace, str index errors
print(b','.join([b'a', bytearray(b'b'), memoryview(b'c')]), bytearray(b'-').join([b'x', b'y']))
print('-'.join(['only']), ''.join([]), b''.join([]), '+'.join('abc'), ' '.join(iter(['p', 'q'])))
for f in [lambda: b','.join([b'a', 'b']), lambda: ','.join(['a', 1]), lambda: ','.join([b'a']),
          lambda: b'-'.join([1])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
s = 'a\u3000b\u2003c\xa0d e\u2028f'
print(len(s.split()), [len(x) for x in s.split()], len(s.rsplit(None, 1)), len('\u3000x\u3000'.strip()))
print(len('\u2003 x \u2003'.lstrip()), len('x\u2009\u200a'.rstrip()), len(' é ü '.split()), 'é ü'.split(' '))
print(len('\u3000'.join(['a', 'b']).split()), 'aéb'.split('é'), 'éaé'.strip('é'), 'xéx'.rstrip('x'))
print(b'a b\xa0c'.split(), b'\x85x'.strip(), b' x\t'.split(None, 0), b'a  b'.rsplit(None, 1))
s, b, l = 'abc', b'ab', [1]
for f in [lambda: s['x'], lambda: s[1.5], lambda: s[None], lambda: b['x'],
          lambda: s[5], lambda: s[-4], lambda: b[9], lambda: l['x']]:
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
l = [1]
try:
    l["a"] = 2
except TypeError as e:
    print(e)
ba = bytearray(b"a")
try:
    ba["a"] = 2
except TypeError as e:
    print(e)
try:
    ba["a"]
except TypeError as e:
    print(e)
