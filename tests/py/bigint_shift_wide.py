# shifts of ints wider than 128 bits: word-aligned, sub-word, past the end
x = (1 << 300) + (1 << 150) + 3
for n in [0, 1, 31, 32, 33, 64, 96, 150, 299, 300, 301, 1000]:
    print(n, hex(x >> n), hex(-x >> n))
for n in [32, 64, 7, 200]:
    print(n, hex(x << n)[:24], (x << n) >> n == x, (-x << n) >> n == -x)
print(-(1 << 256) >> 256, -(1 << 256) >> 257, -((1 << 256) + 1) >> 256)
print((-(1 << 200)) >> 1000, (1 << 200) >> 1000)
print(0 << 500, (1 << 200) >> 0 == 1 << 200)
try:
    print((1 << 200) >> -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print((1 << 200) << -(1 << 200))
except Exception as e:
    print(type(e).__name__, e)
