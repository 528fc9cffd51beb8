s = {1, 1.0, True}
print(len(s))
s = {0, False, 0.0, 2}
print(len(s), 2.0 in s)
