a = b''
b = b'\x00\xff\n\t\\'
c = b"quote's"
d = b'''multi
line'''
e = b'a' b'b' b'c'
f = rb'\x00'
