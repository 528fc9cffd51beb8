try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, isinstance(e, BaseException), isinstance(e, Exception))
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
