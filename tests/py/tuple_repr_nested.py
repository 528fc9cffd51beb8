print(((1, 2), (3, (4,))))
print(('a', "b'c", None))
print((1,), ((),))
