def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'abc'.find(98))
t(lambda: b'abc'.count(99))
t(lambda: b'abc'.index(97))
t(lambda: b'abc'.find(256))
t(lambda: 98 in b'abc')
t(lambda: 300 in b'abc')
t(lambda: b'ab' in b'abc')
