# multiplication of ints of 32+ digits (the Karatsuba and chunked paths)
a = (1 << 1100) - 1
b = (1 << 1100) + 1
print(a * b == (1 << 2200) - 1)
c = 3 ** 700
d = 7 ** 600
p = c * d
print(p % 1000003, p.bit_length(), p // d == c, p % c)
print((c * -d) % 1000003, (-c) * (-d) == p)
sq = c * c
print(sq == c ** 2, sq % 999983, sq.bit_length())
long = (1 << 4000) - 12345
short = (1 << 1050) + 987654321
q = long * short
print(q % 1000003, q // short == long, q.bit_length())
print(short * long == q, (long * short) % (1 << 64))
e = 10 ** 400
print(str(e * e)[:5], len(str(e * e)), (e + 1) * (e - 1) == e * e - 1)
