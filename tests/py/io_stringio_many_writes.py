import io
s = io.StringIO()
for i in range(200):
    s.write(str(i))
    s.write(',')
v = s.getvalue()
print(len(v), v[:20], v[-12:])
