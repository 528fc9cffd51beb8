import io
s = io.StringIO('first\nsecond\nthird')
pos = []
while True:
    pos.append(s.tell())
    if not s.readline():
        break
print(pos)
s.seek(pos[1])
print(repr(s.readline()))
