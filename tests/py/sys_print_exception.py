import sys, io
try:
    1 / 0
except ZeroDivisionError as e:
    s = io.StringIO()
    sys.print_exception(e, s)
    print(s.getvalue().splitlines()[-1])
    sys.print_exception(ValueError('shown'))
