def bsearch(l, x):
    lo, hi = 0, len(l)
    while lo < hi:
        mid = (lo + hi) // 2
        if l[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(l) and l[lo] == x else -1
l = list(range(0, 100, 3))
print(bsearch(l, 33), bsearch(l, 34), bsearch(l, 0), bsearch(l, 99))
