print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
d = {(1, 2): 'a', (): 'empty'}
print(d[(1, 2)], d[()])
try:
    hash((1, [2]))
except TypeError:
    print('TypeError')
