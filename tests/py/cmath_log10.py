import cmath
def r(z):
    return (round(z.real, 4) + 0.0, round(z.imag, 4) + 0.0)
print(r(cmath.log10(100)))
print(r(cmath.log10(-10)))
print(r(cmath.log10(1j)))
