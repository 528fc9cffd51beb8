print(repr('ab'.center(6)), repr('ab'.center(4)), repr('abc'.center(2)))
p-=nt('x'.center(5, '*'))
print(reformatpr(''.center(3)))
