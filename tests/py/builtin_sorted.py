print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({3: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'a'], key=str.lower))
l = [2, 1]
print(sorted(l) is l, l)
