# &, |, ^, ~ on ints wider than 128 bits, every sign combination
a = (1 << 200) + 0xF0F0F0F0F0F0F0F0F0F0
b = (1 << 170) + (0x0FF0 << 100) + 12345
vals = [a, -a, b, -b, 1 << 256, -(1 << 256), 7, -7]
for x in vals[:4]:
    for y in vals:
        print(hex(x & y), hex(x | y), hex(x ^ y))
for x in vals:
    print(hex(~x), ~x == -x - 1)
print(~(1 << 192) + (1 << 192))
print(((1 << 300) - 1) & -(1 << 150) == ((1 << 300) - 1) - ((1 << 150) - 1))
print(-(1 << 200) | ((1 << 200) - 1))
