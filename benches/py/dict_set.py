# Dict and set work: string keys, updates, membership.
def run(n):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    total = 0
    for i in range(0, n, 3):
        total += d["k%d" % i]
    s = set()
    for i in range(n):
        s.add(i % 1000)
    return total + len(s) + len(d)

print(run(100000))
