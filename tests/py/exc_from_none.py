try:
    try:
        raise KeyError
    except KeyError:
        raise ValueError('clean') from None
except ValueError as e:
    print(e, e.__cause__)
