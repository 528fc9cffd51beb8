for n in (0, 1, 5, 255, -255, 2 ** 40):
    print(bin(n), hex(n), oct(n))
