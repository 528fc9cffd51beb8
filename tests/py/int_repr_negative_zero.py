print(repr(-0), repr(0), str(-1))
print(repr(-12345678901234567890))
print(str(10 ** 25))
