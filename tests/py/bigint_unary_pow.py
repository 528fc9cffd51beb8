# unary ops on ints wider than 128 bits, and wide negative powers
x = (1 << 200) + 99
print(+x == x, -x + x, abs(-x) == x, abs(x) == x, hex(+(-x)))
print(-(-x) == x, ~~x == x, bool(x), not x)
print((1 << 130) ** -1 > 0, (2 << 130) ** -1 == 2.0 ** -131)
print((-(1 << 130)) ** -1 < 0, 2 ** -(1 << 3))
print((1 << 150) ** 2 == 1 << 300, (-(1 << 150)) ** 3 == -(1 << 450))
print(pow(1 << 200, 2, 1000), pow(-(1 << 200), 3, 997), pow(3, 1 << 130, 1 << 140) % 1000)
try:
    print(pow(1 << 200, -1, 0))
except Exception as e:
    print(type(e).__name__)
try:
    print((1 << 2000) ** -1)
except Exception as e:
    print(type(e).__name__)
print(((1 << 200) * 0) ** 2, (1 << 200) ** 0, (1 << 200) ** 1 == 1 << 200)
