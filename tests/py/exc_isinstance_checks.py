e = KeyError('x')
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, BaseException))
print(isinstance(e, ValueError), issubclass(type(e), KeyError))
