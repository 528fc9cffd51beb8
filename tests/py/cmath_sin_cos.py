import cmath
def r(z):
    return (round(z.real, 4) + 0.0, round(z.imag, 4) + 0.0)
print(r(cmath.sin(0)), r(cmath.cos(0)))
print(r(cmath.sin(1j)), r(cmath.cos(1j)))
print(r(cmath.sin(1 + 1j)), r(cmath.cos(1 + 1j)))
