print(1 + 0j == 1, 2j == 2j, 1j == 1)
print((1 + 2j) != (1 + 2j))
print(complex(2, 0) == 2.0)
try:
    1j < 2j
except TypeError:
    print('TypeError')
