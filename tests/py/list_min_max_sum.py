l = [3, -1, 4, 1, -5]
print(min(l), max(l), sum(l), sum(l, 10))
print(max(l, key=abs), min(l, key=lambda x: -x))
print(sorted(l, key=abs))
