import io
with io.BytesIO(b'xyz') as b:
    print(b.read(1), b.closed)
print(b.closed)
try:
    b.read()
except ValueError:
    print('ValueError')
