import cmath
def r(z):
    return (round(z.real, 4) + 0.0, round(z.imag, 4) + 0.0)
print(r(cmath.sqrt(9)), r(cmath.sqrt(2.25)), r(cmath.sqrt(True)))
for bad in ('1', None, [1]):
    try:
        cmath.sqrt(bad)
    except TypeError:
        print('TypeError')
