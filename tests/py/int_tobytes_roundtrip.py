ok = True
for v in [0, 1, -1, 127, -128, 255, 2 ** 31, -2 ** 31, 2 ** 63 - 1, -2 ** 63, 10 ** 30, -10 ** 30]:
    n = (v.bit_length() + 8) // 8
    for order in ('big', 'little'):
        if int.from_bytes(v.to_bytes(n, order, signed=True), order, signed=True) != v:
            ok = False
print(ok)
