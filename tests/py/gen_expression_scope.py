x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
data = [1, 2, 3]
g = (d for d in data)
data = []
print(list(g))
