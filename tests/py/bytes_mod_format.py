print(b'%d-%s' % (5, b'x'))
print(b'%x' % 255)
