m = [[1, 2], [3, 4]]
for i, row in enumerate(m):
    for j, v in enumerate(row):
        print(i, j, v)
