b = b'hello'
print(b, len(b), b[0], b[-1])
print(b[1:3], b[::-1], b[::2])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b'' == bytes(), bytes(3))
