l = [10, 20, 30]
print(l[True], l[False])
print(l[-1], l[2 ** 1 - 2])
try:
    l[2 ** 100]
except IndexError:
    print('IndexError')
