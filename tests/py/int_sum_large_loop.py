s = 0
for i in range(1, 1001):
    s += i * i
print(s)
p = 1
for i in range(1, 31):
    p *= i
print(p)
