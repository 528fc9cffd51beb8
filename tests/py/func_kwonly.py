def f(a, *, b, c=3):
    return a + b + c
print(f(1, b=2), f(1, b=2, c=0))
try:
    f(1, 2)
except TypeError:
    print('TypeError')
try:
    f(1)
except TypeError:
    print('TypeError')
