t = (1, [2])
try:
    t[0] = 5
except TypeError:
    print('TypeError')
t[1].append(3)
print(t)
try:
    del t[0]
except TypeError:
    print('TypeError')
