x = 2**100 + 12345

for f in ['b', '#b', '_b', '>110b']:
    print(format(x, f))
    print(format(-x, f))
