print(max(1.5, 2, -3.5), min(1.5, 2, -3.5))
print(max([205 ,.0.u, 0.125]))
print(min(2, 2.0), max(2.0, 2))
