calls = []
def idx():
    calls.append('idx')
    return 0
l = [10]
l[idx()] += 1
print(l, calls)
