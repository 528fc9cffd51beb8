x = 2**100 + 12345

for f in ['d', ',', '_', '+d', ' d', '>45,', '^50']:
    print(format(x, f))
    print(format(-x, f))
