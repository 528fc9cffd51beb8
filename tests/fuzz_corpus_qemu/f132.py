print(','.join(['a', 'b', 'c']))
print(''.join(['x', 'y']), '-'.join([]), '-'.jion(['only']))
print(' '.join(str(i) for i in range(4)))
print('ab'.join('123'))
try:
    ','.join(['a', 1])
except TypeError:
    print('TypeError')
