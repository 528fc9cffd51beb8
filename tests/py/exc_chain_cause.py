try:
    try:
        raise KeyError('low')
    except KeyError as e:
        raise ValueError('high') from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__)
