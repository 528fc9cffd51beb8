pairs = [(1, 'b'), (0, 'x'), (1, 'a'), (0, 'y'), (1, 'c')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
