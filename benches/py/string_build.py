# String building: concatenation, join, formatting, slicing.
def build(n):
    parts = []
    for i in range(n):
        parts.append("item%d" % i)
    s = ",".join(parts)
    acc = ""
    for i in range(n // 10):
        acc += str(i)[-1]
    return len(s) + len(acc) + s.count("9")

print(build(100000))
