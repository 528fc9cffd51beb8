for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0)):
    try:
        f()
    except ZeroDivisionError as e:
        print(type(e).__name__)
try:
    (2 ** 100) // 0
except ZeroDivisionError:
    print('big // 0')
try:
    pow(2, 3, 0)
except ValueError:
    print('pow mod 0')
