out = []
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        out.append((i, j))
    if i == 2:
        continue
    out.append('end%d' % i)
print(out)
