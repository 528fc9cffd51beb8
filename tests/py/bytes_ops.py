print(b'ab' + b'cd', b'ab' * 3)
print(b'b' in b'abc', 98 in b'abc', b'x' in b'abc')
print(b'abc' < b'abd', b'abc' == b'abc', b'a' != b'a')
print(list(b'AB'), [x for x in b'\x01\x02'])
