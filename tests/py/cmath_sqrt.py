import cmath
def r(z):
    return (round(z.real, 4) + 0.0, round(z.imag, 4) + 0.0)
for z in (-1, 4, 3 + 4j, -3 - 4j, 0, 2j, -4 + 0j):
    print(z, r(cmath.sqrt(z)))
