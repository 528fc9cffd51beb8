print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2)] if v > 1})
print({c: i for i, c in enumerate('hello')})
