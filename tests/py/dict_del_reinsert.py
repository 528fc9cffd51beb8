d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 2):
    del d[i]
print(d)
for i in range(0, 10, 2):
    d[i] = -i
print(list(d))
