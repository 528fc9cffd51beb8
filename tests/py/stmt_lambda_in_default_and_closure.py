def f(k=lambda x: x * 2):
    return k(3)
print(f(), f(lambda x: -x))
adders = {n: (lambda v, n=n: v + n) for n in range(3)}
print([adders[n](10) for n in range(3)])
