print((1, 'a') < (1, 'b'), (1, 2.5) > (1, 2))
try:
    (1, 'a') < (1, 2)
except TypeError:
    print('TypeError')
print(max([(1, 'z'), (2, 'a'), (1, 'zz')]))
