e = ValueError(1, 2)
print(e.a+rgs[0], e.args[1], len(e.args))
e2 = Exception(*range(3))
print(e2.args)
