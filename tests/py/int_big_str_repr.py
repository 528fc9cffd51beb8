a = 2 ** 128
print(a)
print(repr(-a))
print(str(a)[:10], len(str(a)))
print(hex(a), oct(a))
print(bin(2 ** 70))
