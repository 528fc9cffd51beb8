def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
b = b'\x01\x02\xff\x10'
t(lambda: b.hex())
t(lambda: b.hex(':'))
t(lambda: b.hex(b'-'))
t(lambda: b.hex(' ', 2))
t(lambda: b.hex(' ', -3))
t(lambda: b.hex(' ', 3))
t(lambda: b.hex(' ', 4))
t(lambda: b.hex(' ', 10))
t(lambda: b''.hex(':'))
t(lambda: b'\x05'.hex(':'))
