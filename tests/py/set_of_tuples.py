s = {(1, 2), (2, 1), (1, 2)}
print(sorted(s))
print((2, 1) in s, (3, 3) in s)
