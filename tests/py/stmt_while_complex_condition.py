a, b = 0, 10
while a < 5 and b > 6 or a == 0:
    a += 1
    b -= 1
print(a, b)
