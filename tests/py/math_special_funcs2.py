# math: log1p/atanh/gamma/lgamma/hypot domains, gcd, isclose, factorial, ldexp, modf
import math
for name in ['log1p', 'atanh', 'gamma', 'lgamma', 'expm1', 'asinh', 'acosh', 'erf', 'erfc']:
    f = getattr(math, name)
    for x in [0.5, 2.0, -1.0, -2.0, 0.0, -0.5]:
        try:
            print(name, x, round(f(x), 4))
        except ValueError as e:
            print(name, x, 'ValueError', e)
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.hypot(-5), math.hypot(3.0, 4, 12))
print(math.gcd(), math.gcd(0, 0), math.gcd(12, 18, 8), math.gcd(-4, 6), math.gcd(2 ** 130, 2 ** 129 * 3))
print(math.gcd(7), math.gcd(0, -9), math.gcd(True, 4))
print(math.isclose(1.0, 1.0), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-9, abs_tol=1e-8))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1.0), math.isclose(1.0, 2.0))
print(math.factorial(0), math.factorial(20), math.factorial(True), math.factorial(30) % 1000003)
print(math.ldexp(1.5, 3), math.ldexp(1.0, -2), math.modf(-2.5), math.modf(math.inf), math.frexp(0.0))
print(math.frexp(math.inf), math.fmod(5.0, math.inf), math.copysign(3, -0.0), math.trunc(-2.5))
for f in [lambda: math.gcd(1.5, 2), lambda: math.factorial(-1), lambda: math.factorial(2.5),
          lambda: math.isclose(1, 1, rel_tol=-1), lambda: math.ldexp(1.0, 1.5),
          lambda: math.log(10, 1), lambda: math.log(10, 0), lambda: math.log(-1),
          lambda: math.pow(0.0, -1.0), lambda: math.sqrt('x'), lambda: math.hypot('a'),
          lambda: math.exp(1000), lambda: math.fmod(math.inf, 1.0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
class F:
    def __float__(self):
        return 4.0
print(math.sqrt(F()), math.floor(F()) if False else math.sqrt(16), math.log(8, 2), math.log(100, 10))
