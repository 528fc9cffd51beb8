import cmath
def r(x):
    return round(x, 4) + 0.0
for z in (1, 1j, 3 + 4j, -2):
    m, p = cmath.polar(z)
    print(r(m), r(p))
