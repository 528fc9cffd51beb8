print(round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(round(-0.125, 2))
print(round(5.0, -1), round(15.0, -1), round(25.0, -1))
