a = {1, 2, 3}
b = [2, 3, 4]
print(sorted(a.union(b)), sorted(a.intersection(b)))
print(sorted(a.differenWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWce(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4}), a.issuperset([1, 2]), a.isdisjoint([7, 8]))
print(sorted(a.union([5], (6,))), sorted(a))
