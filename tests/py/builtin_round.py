print(round(3.7), round(-3.7), round(3.14159, 2), round(1234, -2))
print(round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(7), round(7, 0), type(round(7, 0)).__name__)
