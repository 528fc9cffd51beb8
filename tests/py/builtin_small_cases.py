# Small builtin behaviours: __debug__, enumerate keywords, ord of bytes,
# range without keywords.
print(__debug__, type(__debug__).__name__)
print(list(enumerate(iterable=[5, 6])), list(enumerate([5], start=3)))
print(list(enumerate(iterable="ab", start=1)))
print(ord(b"a"), ord(bytearray(b"\x01")), ord(b"\xff"))
try:
    ord(b"ab")
except TypeError:
    print("TypeError")
for kw in [{"stop": 1}, {"step": 1}]:
    try:
        range(0, **kw)
    except TypeError:
        print("TypeError")

class H:
    def __hash__(self):
        return None

try:
    hash(H())
except TypeError:
    print("TypeError")
