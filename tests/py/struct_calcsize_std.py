import struct
for f in ('<b', '<h', '<i', '<l', '<q', '<f', '<d', '<5s', '<3x', '<2h3b', '>iq', '!Hd', '=bb', '<0s', ''):
    print(repr(f), struct.calcsize(f))
