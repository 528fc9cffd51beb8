x = 1073741823
print(x + 1)
print(x + x)
y = -1073741824
print(y - 1)
x = 2 ** 46 - 1
print(x + 1, x * 2)
