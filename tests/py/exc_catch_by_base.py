for exc in (KeyError('k'), IndexError(1), ZeroDivisionError(), ValueError()):
    try:
        raise exc
    except LookupError:
        print(type(exc).__name__, 'is LookupError')
    except ArithmeticError:
        print(type(exc).__name__, 'is ArithmeticError')
    except Exception:
        print(type(exc).__name__, 'is Exception')
