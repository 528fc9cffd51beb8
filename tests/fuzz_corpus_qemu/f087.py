for expr in ('1/0', '1//0', '1%0', '1.0/0', 'divmod(5, 0)'):
    try:
        eval(expr)
    except ZeroDivisionError:
        print(expr, 'ZeroDivisionError')
