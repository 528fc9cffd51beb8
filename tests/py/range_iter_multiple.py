r = range(3)
print(list(r), list(r))
it = iter(r)
print(next(it), next(it), list(it))
