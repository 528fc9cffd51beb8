print(hash('abc') == hash('ab' + 'c'))
d = {}
d['x' + 'y'] = 1
print(d['xy'])
print(hash('') == hash(''))
