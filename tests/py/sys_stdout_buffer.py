import sys
n = sys.stdout.buffer.write(b'raw bytes\n')
print(n)
try:
    sys.stdout.buffer.write('text')
except TypeError:
    print('TypeError')
sys.stdout.flush()
