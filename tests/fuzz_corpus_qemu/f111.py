import cmath
def r(x):
    return round(x, 4) + 0.0
print(r(cmath.phase(1j)), r(cmath.phase(-1)), r(cmath.phase(1)), r(cmath.phase(-1j)))
print(r(cmath.phase(1 + 1j)), r(cmath.phase(-1 - 1j)))
