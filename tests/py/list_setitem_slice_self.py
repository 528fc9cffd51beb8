l = [1, 2, 3]
l[1:2] = l
print(l)
m = [1, 2]
m.extend(m)
print(m)
