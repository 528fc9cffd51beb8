import io
b = io.BytesIO()
for i in range(100):
    b.write(bytes([i]) * 10)
v = b.getvalue()
print(len(v), v[0], v[999], sum(v))
b.seek(500)
print(b.read(3))
