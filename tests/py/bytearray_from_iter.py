a = bytearray(x * 2 for x in range(5))
print(a)
print(list(a), list(reversed(a)))
print(bytearray(a) == a, bytearray(a) is a)
