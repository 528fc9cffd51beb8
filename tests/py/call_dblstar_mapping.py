# ** accepts any object with keys() and __getitem__.
class M:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k.upper()

def f(**kw):
    return sorted(kw.items())

print(f(**M()), f(c=1, **M()))
def g(a, b):
    return a + b
print(g(**M()))
try:
    f(**[1])
except TypeError:
    print("TypeError")
