for c in 'abc':
    print(c)
print(list('héllo'))
print([c for c in 'xyz' if c != 'y'])
it = iter('ab')
print(next(it), next(it), next(it, 'end'))
