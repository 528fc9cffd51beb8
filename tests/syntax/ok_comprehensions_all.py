a = [x for x in y]
b = [x for x in y if x]
c = [x for x in y if x if not x]
d = [(x, z) for x in y for z in x]
e = {x for x in y}
f = {x: y for x, y in z}
g = (x for x in y)
h = [x for x in [y for y in z]]
i = [[x for x in y] for y in z]
j = [x for x in range(10) if x % 2 == 0 for y in range(x)]
k = [(yield_) for yield_ in y]
