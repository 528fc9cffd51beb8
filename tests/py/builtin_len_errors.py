for i, v in enumerate((1, 1.5, None, iter([]))):
    try:
        len(v)
    except TypeError:
        print(i, 'TypeError')
