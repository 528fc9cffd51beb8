print(repr('ab'.center(6)), repr('ab'.center(7)), repr('abc'.center(2)))
p-=nt('x'.center(5, '*'))
print(repr(''.center(3)))
