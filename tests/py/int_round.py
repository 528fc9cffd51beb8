print(round(15), round(15, -1), round(25, -1), round(-15, -1))
print(round(123456, -2), round(123456, -3))
print(round(7, 2))
print(type(round(7)).__name__)
