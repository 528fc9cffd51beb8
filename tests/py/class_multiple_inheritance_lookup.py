class X:
    a = 'X.a'
    b = 'X.b'
class Y:
    a = 'Y.a'
    c = 'Y.c'
class Z(X, Y):
    pass
z = Z()
print(z.a, z.b, z.c)
class W(Y, X):
    pass
print(W().a, W().b)
