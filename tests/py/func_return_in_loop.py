def find(l, x):
    for i, v in enumerate(l):
        if v == x:
            return i
    return -1
print(find([5, 6, 7], 6), find([5], 9))
