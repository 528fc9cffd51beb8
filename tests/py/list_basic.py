l = [1, 'a', 2.5, None]
print(l, len(l), l[0], l[-1])
print([], list(), [[]], [1, [2, [3]]])
print(type(l).__name__)
