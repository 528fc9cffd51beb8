try:
    'abc'.split('')
except ValueError:
    print('ValueError')
print('x'.split('x'))
print('xx'.split('x'))
