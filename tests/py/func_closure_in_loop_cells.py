def make():
    fs = []
    for i in range(3):
        def f(j=i):
            return j * 10
        fs.append(f)
    return fs
print([f() for f in make()])
def shared():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(shared())
