print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3))
print(pow(5, 3, 7), pow(2, 10, 1000))
print(pow(0, 0), pow(1, 10 ** 6))
