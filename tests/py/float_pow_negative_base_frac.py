r = (-8) ** 0.5
print(type(r).__name__)
print(round(r.real, 6) == 0, round(r.imag, 4))
