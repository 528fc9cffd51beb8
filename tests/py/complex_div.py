a = 4 + 2j
print(a / 2)
print((1 + 1j) / (1 - 1j))
try:
    a / 0
except ZeroDivisionError:
    print('ZeroDivisionError')
