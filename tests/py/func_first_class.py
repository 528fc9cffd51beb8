def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, 'abc'), apply(lambda: 'z'))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print(ops['add'](2, 3), ops['mul'](2, 3))
funcs = [abs, str, bool]
print([f(-1) for f in funcs])
