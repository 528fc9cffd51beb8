try:
    print(pow(2, -1, 7))
except ValueError:
    print('ValueError')
print(pow(3, 4, -5))
print(pow(-3, 3, 7))
