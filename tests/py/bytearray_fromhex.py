def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: bytearray.fromhex('01 02ff'))
t(lambda: type(bytearray.fromhex('aa')).__name__)
t(lambda: bytearray.fromhex(''))
t(lambda: bytearray.fromhex('zz'))
t(lambda: bytearray.fromhex('a'))
a = bytearray.fromhex('0a0b')
a.append(12)
print(a)
