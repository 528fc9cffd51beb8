a = None
b = [None][0]
print(a is b)
print({None: 1}[None])
print(None in [0, False, None], None in [0, False])
