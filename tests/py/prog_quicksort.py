def qs(l):
    if len(l) <= 1:
        return l
    p = l[0]
    return qs([x for x in l[1:] if x < p]) + [p] + qs([x for x in l[1:] if x >= p])
data = [(i * 37) % 101 for i in range(60)]
r = qs(data)
print(r[:10], r == sorted(data))
