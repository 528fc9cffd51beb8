import cmath, math
def r(z):
    return (round(z.real, 4) + 0.0, round(z.imag, 4) + 0.0)
print(r(cmath.exp(0)))
print(r(cmath.exp(1j * math.pi)))
print(r(cmath.exp(1)))
print(r(cmath.exp(1 + 1j)))
