r = b'%d' % 1
print(type(r).__name__, r)
r = bytearray(b'x%sy') % b'-'
print(type(r).__name__, r, len(r))
print(b'%s' % b'' == b'', b'' % () == b'')
