for i in range(1, 4):
    print(' '.join('%2d' % (i * j) for j in range(1, 6)))
