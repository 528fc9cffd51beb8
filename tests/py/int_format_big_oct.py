x = 2**100 + 12345

for f in ['o', '#o', '_o', '+o']:
    print(format(x, f))
    print(format(-x, f))
