from micropython import const
X = const(10)
Y = const(X * 2)
print(X, Y)
