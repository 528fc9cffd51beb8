print(list('abc'), list((1, 2)), list(range(3)))
print(list({'a': 1, 'b': 2}), list(x for x in 'hi'))
a = [1]
print(list(a) is a, list(a) == a)
