def f(x):
    if x:
        return 'yes'
print(f(1), f(0))
def g():
    return
print(g())
