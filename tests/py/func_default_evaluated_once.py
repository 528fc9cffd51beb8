n = 5
def f(x=n):
    return x
n = 6
print(f(), f(7))
