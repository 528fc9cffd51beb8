for s in ('', 'x', '1.2.3', '1e', 'e5', '--1'):
    try:
        float(s)
    except ValueError:
        print(repr(s), 'ValueError')
