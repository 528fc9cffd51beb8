def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.strip())
t(lambda: o.lstrip())
t(lambda: o.rstrip())
t(lambda: o.strip(b' H'))
t(lambda: o.rstrip(b' o'))
t(lambda: o.lstrip(b' eH'))
