x = 2**100 + 12345

for f in ['x', 'X', '#x', '#X', '_x', '040x', '<40x']:
    print(format(x, f))
    print(format(-x, f))
