print(repr(ValueError('x')))
print(repr(KeyError('k')), str(KeyError('k')))
print(repr(Exception()), repr(TypeError(1, 2)))
