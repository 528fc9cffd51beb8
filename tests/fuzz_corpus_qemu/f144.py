def f(x):
    try:
        if x == 0:
            raise KeyError(x)
        if x == 1:
            raise TypeError(x)
        return 'none'
    except (KeyError, IndexError):
        return 'lookup'
    except TypeError as e:
        return 'type %s' % e
print(f(0), f(1), f(2))
