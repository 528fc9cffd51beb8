# round() and pow() corner cases: bools, user __round__, huge ndigits, inf/nan powers
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(True), round(False, 2), round(R()), round(R(), 3), round(7, -1), round(15, -1))
print(round(2.5), round(-0.5), round(1234.5678, -2), round(0.125, 2), round(1.5, 400))
print(round(5e-30, 400), round(1.5, -400), round(-1.5, -400), round(123.0, -400))
for bad in [lambda: round('x'), lambda: round(None), lambda: round(float('inf')),
            lambda: round(float('nan')), lambda: round(1.5, 1.5), lambda: round([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
inf, nan = float('inf'), float('nan')
for x, y in [(nan, 0.0), (1.0, nan), (nan, 2.0), (2.0, inf), (0.5, inf), (2.0, -inf),
             (0.5, -inf), (1.0, inf), (-1.0, inf), (inf, 3.0), (-inf, 3.0), (-inf, 2.0),
             (inf, -1.0), (-inf, -3.0), (-inf, -2.0), (0.0, 3.0), (-0.0, 3.0), (-0.0, 2.0),
             (1.0, -1e30), (-2.0, 3.0), (4.0, 0.5), (-1.0, 1e30)]:
    print(x, y, pow(x, y))
for x, y in [(0.0, -1.0), (-0.0, -3.0), (0, -1), (-8.5, 1e30)]:
    try:
        print(pow(x, y))
    except Exception as e:
        print(type(e).__name__)
for a in [(2, 3, 5.0), (2.0, 3, 5), (2, 'x', 5), (2, 3, 0), (2, -1, 4)]:
    try:
        print(pow(*a))
    except Exception as e:
        print(type(e).__name__)
print(pow(3, -1, 7), pow(2, 10, None), pow(-2, 3, -5), pow(0, 0, 1))
