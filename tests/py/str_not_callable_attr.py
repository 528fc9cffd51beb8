try:
    'abc'.nosuchmethod()
except AttributeError:
    print('AttributeError')
try:
    'abc' + 1
except TypeError:
    print('TypeError')
try:
    1 + 'abc'
except TypeError:
    print('TypeError')
