# Bound methods compare and hash by (object, function).
class A:
    def f(self):
        pass

    def g(self):
        pass

a, b = A(), A()
m = a.f
print(m == a.f, m != a.f, m == b.f, m == a.g, a.f == None, None == a.f)
print(hash(m) == hash(a.f), len({a.f, a.f, b.f}))
print([].append == [].append)
