d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('KeyError', e, repr(e.args[0]))
try:
    d[(1, 2)]
except KeyError as e:
    print('KeyError', e)
try:
    del d['zz']
except KeyError:
    print('KeyError on del')
