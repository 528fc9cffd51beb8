l = [(i * 7919) % 1000 for i in range(1000)]
l.sort()
print(l[:5], l[-5:], len(l))
print(all(l[i] <= l[i + 1] for i in range(len(l) - 1)))
