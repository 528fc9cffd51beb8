import io
b = io.BytesIO(b'ab')
b.seek(5)
b.write(b'Z')
print(b.getvalue())
print(b.seek(-2, 2), b.read())
print(b.seek(-3, 1), b.read(1))
