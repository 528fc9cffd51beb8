# int() from text in every base, with '_', whitespace, signs, bytes; errors
for s, b in [('0x_1f', 0), ('0b1_01', 0), ('0o_17', 0), ('1_000', 10), (' -12 ', 10),
             ('+z', 36), ('Zz', 36), ('0', 0), ('00', 0), ('-0b11', 0), ('0X1F', 16),
             ('0x1f', 16), ('0b11', 2), ('0o7', 8), ('1_2_3', 0), ('  7\t\n', 0), ('11', 3),
             ('9' * 30, 10), ('-' + 'f' * 40, 16), ('1' * 70, 2), ('z' * 20, 36)]:
    print(repr(s), b, int(s, b))
print(int(b'42'), int(b' -7 '), int(bytearray(b'19')), int(b'ff', 16), int('10', base=8))
for args in [('1__0',), ('_1',), ('1_',), ('',), (' ',), ('0x',), ('12', 1), ('12', 37),
             ('12', -1), (12, 10), ('08', 0), ('0b2', 0), ('1.5',), ('- 1',), ('z', 35),
             (b'1', 2), (b'x',), (1.5, 10), (None,)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__)
try:
    print(int(base=10))
except TypeError:
    print('TypeError')
class I:
    def __index__(self):
        return 6
class N:
    def __int__(self):
        return 8
print(int(I()), int(N()), int('  0b101  ', 0))
