for x in (0, 1, 2):
    print('zero' if x == 0 else 'one' if x == 1 else 'many')
print((lambda v: 'pos' if v > 0 else 'nonpos')(-1))
print([a if a % 2 else -a for a in range(5)])
