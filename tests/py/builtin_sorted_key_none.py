print(sorted([3, 1, 2], key=None))
print(sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
