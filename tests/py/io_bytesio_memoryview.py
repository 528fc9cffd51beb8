import io
b = io.BytesIO()
data = bytearray(b'0123456789')
b.write(memoryview(data)[2:5])
print(b.getvalue())
b.write(bytes(3))
print(b.getvalue(), b.tell())
