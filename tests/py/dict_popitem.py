d = {'x': 1, 'y': 2, 'z': 3}
print(d.popitem())
print(d.popitem(), d)
d.popitem()
try:
    d.popitem()
except KeyError:
    print('KeyError')
