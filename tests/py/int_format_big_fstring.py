x = 2**100 + 12345

print(f'{x:x} {x:o} {x:b}')
print(f'{x:#_x}')
print('%x %o %d' % (x, x, x))
print('%#X' % -x)
print(hex(x), oct(-x), bin(x))
