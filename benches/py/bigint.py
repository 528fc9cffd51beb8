# Arbitrary-precision integers: factorial, powers, division, str().
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f = fact(1000)
p = 3 ** 2000
q, r = divmod(f, p)
s = str(f)
print(len(s), q % 1000007, r % 1000003, (f >> 1000) & 0xFFFF)
