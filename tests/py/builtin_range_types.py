print(type(range(3)).__name__, list(range(True, 3)))
try:
    range(1.5)
except TypeError:
    print('TypeError')
