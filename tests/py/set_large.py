s = set()
for i in range(3000):
    s.add(i * i % 1009)
print(len(s))
print(sorted(s)[:6])
for i in range(0, 1009, 2):
    s.discard(i)
print(len(s))
