print(int(2.9), int(-2.9), int(0.0), int(-0.5))
print(int(1e6), int(-123.75))
print(float(12) == 12, 12.0 == 12, hash(12.0) == hash(12))
print(int(2.5) + 1, float(2) / 4)
