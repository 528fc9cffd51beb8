a = 12345
print(a << 100)
print((a << 100) >> 100)
print((a << 100) >> 90)
print(-(a << 100) >> 50)
print(1 << 200 >> 199)
