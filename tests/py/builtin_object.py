o = object()
print(type(o).__name__, o == o, o != object())
print(isinstance(o, object), isinstance(1, object), isinstance(None, object))
