print(bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')))
print(not 0.0, 1.5 and 2.5, 0.0 or 3.5)
