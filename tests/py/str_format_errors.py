for fmt, args in (('{', ()), ('{0}', ()), ('{}', ()), ('}', ())):
    try:
        fmt.format(*args)
    except (ValueError, IndexError) as e:
        print(repr(fmt), type(e).__name__)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError', e)
