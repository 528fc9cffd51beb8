a = {1, 2, 3}
b = a
a |= {4}
a &= {1, 2, 4}
a -= {1}
a ^= {2, 7}
print(sorted(a), a is b)
