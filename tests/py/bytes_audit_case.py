def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.lower())
t(lambda: o.upper())
t(lambda: o.swapcase())
t(lambda: o.title())
t(lambda: o.capitalize())
