def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: bytes.fromhex(' 01 02 '))
t(lambda: bytes.fromhex('0102\n03'))
t(lambda: bytes.fromhex('01\t02'))
t(lambda: bytes.fromhex('ABcd'))
t(lambda: bytes.fromhex('0 1'))
t(lambda: bytes.fromhex('abc'))
