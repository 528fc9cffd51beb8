def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.isspace())
t(lambda: o.isalpha())
t(lambda: o.isdigit())
t(lambda: o.isupper())
t(lambda: o.islower())
t(lambda: o.isalnum())
t(lambda: b'123'.isdigit())
t(lambda: b'AB'.isupper())
t(lambda: b''.isalpha())
