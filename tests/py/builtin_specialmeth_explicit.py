# Special methods of builtin types called by name.
d = {}
d.__setitem__("k", "v")
print(d.__getitem__("k"), d)
d.__delitem__("k")
print(d)
try:
    d.__delitem__("k")
except KeyError:
    print("KeyError")
s = {1, 2}
print(s.__contains__(1), s.__contains__(3), frozenset([4]).__contains__(4))

class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2

    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)

x = D()
x["a"] = 1
print(x["a"], dict(x), list(x))
