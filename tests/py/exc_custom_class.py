class MyError(Exception):
    pass
class SubError(MyError):
    pass
try:
    raise SubError('detail')
except MyError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
