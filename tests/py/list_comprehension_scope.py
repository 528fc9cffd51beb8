x = 'outer'
l = [x for x in range(3)]
print(x, l)
n = 10
print([n + i for i in range(3)])
