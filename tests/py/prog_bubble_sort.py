def bubble(l):
    l = list(l)
    n = len(l)
    for i in range(n):
        for j in range(n - 1 - i):
            if l[j] > l[j + 1]:
                l[j], l[j + 1] = l[j + 1], l[j]
    return l
print(bubble([5, 2, 9, 1, 5, 6, -3]))
print(bubble('python'))
