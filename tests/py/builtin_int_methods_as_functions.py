print(list(map(str.upper, ['a', 'b'])))
print(str.join('-', ['x', 'y']), list.__name__)
print(int.__name__, dict.fromkeys('ab', 0))
