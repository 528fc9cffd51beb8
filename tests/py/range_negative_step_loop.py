out = []
for i in range(10, -1, -2):
    out.append(i)
print(out)
print(sum(range(100, 0, -1)))
