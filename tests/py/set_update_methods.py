a = {1, 2, 3}
a.update([4], (5,))
print(sorted(a))
a.intersection_update({1, 2, 3, 9})
print(sorted(a))
a.difference_update([1])
print(sorted(a))
a.symmetric_difference_update({3, 4})
print(sorted(a))
