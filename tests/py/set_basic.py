s = {3, 1, 2, 3, 1}
print(sorted(s), len(s))
print(set(), type(s).__name__, len(set()))
print(2 in s, 5 in s, 5 not in s)
print({1, 2} == {2, 1})
