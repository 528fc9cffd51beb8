n = 2 ** 1000
s = str(n)
print(len(s), sum(int(c) for c in s), s[:20], s[-20:])
