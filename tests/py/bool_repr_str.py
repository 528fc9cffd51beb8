print(repr(True), str(False))
print('%s %d' % (True, True))
print(f'{True} {False!r}')
print([True, False], (False,))
