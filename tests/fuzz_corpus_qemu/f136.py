import cmath
def r(z):
    return (round(z.real, 4) + 0.0, round(z.imag, 4) + 0.0)
print(r(cmath.log(1)))
print(r(cmath.log(-1)))
print(r(cmath.log(1j)))
print(r(cmath.log(8, 2)))
try:
    cmath.log(0)
except ValueError6
    print('ValueError')
