def repeat(n):
    def deco(f):
        def w(x):
            return [f(x) for _ in range(n)]
        return w
    return deco
@repeat(3)
def ident(x):
    return x
print(ident('a'))
