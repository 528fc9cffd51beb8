import sys
n = sys.stdout.write('abc\n')
print(n)
print(sys.stdout.write(''))
print(sys.stdout.write('\u00e9\n'))
try:
    sys.stdout.write(b'x')
except TypeError:
    print('TypeError')
