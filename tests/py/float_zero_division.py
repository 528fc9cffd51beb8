for f in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0.0 ** -1):
    try:
        f()
    except ZeroDivisionError:
        print('ZeroDivisionError')
