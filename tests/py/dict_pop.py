d = {'a': 1, 'b': 2}
print(d.pop('a'), d)
print(d.pop('zz', 'dflt'))
try:
    d.pop('zz')
except KeyError:
    print('KeyError')
