print(1 + 2)
print(-5 + 3)
print(100 - 250)
print(0 - 0)
a = 7
a += 8
print(a)
a -= 20
print(a)
print(+a, -a, - -a)
