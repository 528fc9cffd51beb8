print(max(1.5, 2, -3.5), min(1.5, 2, -3.5))
print(max([0.25, 0.5, 0.125]))
print(min(2, 2.0), max(2.0, 2))
