for src in ('1 +', 'x = 1', ')'):
    try:
        eval(src)
    except SyntaxError:
        print(repr(src), 'SyntaxError')
