import gc
total = 0
for round_ in range(20):
    objs = [[i, str(i), (i, i)] for i in range(200)]
    total += len(objs) + len(objs[-1][1])
    if round_ % 5 == 0:
        gc.collect()
print(total)
