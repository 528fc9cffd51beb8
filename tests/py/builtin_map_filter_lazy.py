calls = []
def f(x):
    calls.append(x)
    return x
m = map(f, [1, 2, 3])
print(calls)
print(next(m), calls)
fl = filter(f, [0, 5])
print(list(fl), calls)
