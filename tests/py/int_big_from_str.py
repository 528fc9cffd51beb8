s = '123456789012345678901234567890'
a = int(s)
print(a)
print(a + 1)
print(int('-' + s) == -a)
print(int('f' * 30, 16))
print(int('1' * 70, 2))
