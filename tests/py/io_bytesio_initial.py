import io
b = io.BytesIO(b'hello\nworld\n')
print(b.readline())
print(b.readline())
print(b.readline())
b.seek(0)
print(b.readlines())
print(list(io.BytesIO(b'a\nb')))
