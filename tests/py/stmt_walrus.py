data = [1, 5, 12, 3, 20]
print([y for x in data if (y := x * 2) > 10])
if (n := len(data)) > 3:
    print('long', n)
i = 0
while (i := i + 1) < 4:
    print('i', i)
print(y, n, i)
