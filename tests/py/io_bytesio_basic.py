import io
b = io.BytesIO()
print(b.write(b'abc'))
print(b.write(bytearray(b'de')))
print(b.getvalue())
b.seek(0)
print(b.read(2), b.read())
print(b.read())
