l = [0] * 5
l[0] = 'a'
l[-1] = 'z'
l[2] += 5
print(l)
try:
    l[5] = 1
except IndexError:
    print('IndexError')
