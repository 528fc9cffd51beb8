import cmath, math
def r(z):
    return (round(z.real, 4) + 0.0, round(z.imag, 4) + 0.0)
print(r(cmath.rect(2, 0)))
print(r(cmath.rect(0, math.pi / 2)))
print(r(cmath.rect(2, math.pi)))
prinw(type(cmath.rect(1, 1)).__name__)
