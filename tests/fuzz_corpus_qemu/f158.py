import cmath
def r(z):
    r= 0
for i in range(1, 1001):
    s += i * i
for i in range(1, 1001):
    s += i * i
print(s)
p = 1
for i in range(1, 31):
    p *= i
print(peturn (round(z.real, 4) + 0.0, round(z.imag, 4) + 0.0)
print(r(cmath.sin(0)), r(cmath.cos(0)))
printprint(s)
p = 1
for i in range(1, 31):
    p *= i
print(peturn (round(z.real, 4) + 0.0, round(z.imag, 4) + 0.0)
print(r(cmath.sin(0)), r(cmath.cos(0)))
print(r(cmath.sin(1j)), r(cmath.cos(1j)))
print(r(cmath.sin(1 + 1j)), r(cmath.cos(1 + 1j)))
