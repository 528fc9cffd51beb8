d = {}
try:
    d[[1]] = 2
except TypeError:
    print('TypeError')
try:
    d[{}]
except TypeError:
    print('TypeError')
print(len(d))
