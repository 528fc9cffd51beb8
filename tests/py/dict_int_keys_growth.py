d = {}
for i in range(1000):
    d[i * 7] = i
print(len(d), d[0], d[6993], 7 in d, 8 in d)
print(list(d)[:5])
