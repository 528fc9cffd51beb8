print(type(1), type('a'), type([]), type(None))
print(type(1).__name__, type(len).__name__ in ('builtin_function_or_method', 'function'))
class C:
    pass
print(type(C()).__name__, type(C) is type)
