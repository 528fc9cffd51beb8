exec('a = 5\nb = a * 2')
print(a, b)
g = {}
exec('def f(x):\n    return x + 1\nr = f(4)', g)
print(g['r'])
exec('print("from exec")')
print(exec('1') is None)
