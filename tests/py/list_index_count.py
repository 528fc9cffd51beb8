l = ['a', 'b', 'c', 'b', 'a']
print(l.index('b'), l.index('b', 2), l.index('a', 1, 5))
print(l.count('a'), l.count('z'), [1, 1.0, True].count(1))
try:
    l.index('b', 4)
except ValueError:
    print('ValueError')
