# Subclasses of list, dict and set: filled by __init__ (their own or the
# base's through super()), with instance attributes.
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
        self.note = a + b

l = L(2, 3)
print(l, l.note, len(l), bool(L(0, 0)))
l.append(4)
print(l, l + [5], l == [2, 3, 4], sum(l))

class L2(list):
    def reset(self):
        super().__init__(range(2))

x = L2(range(5))
print(x)
x.reset()
print(x, bool(L2()))

class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = len(self)

d = D([("a", 1)], b=2)
print(d, d.extra, d["b"], sorted(d), d == {"a": 1, "b": 2})

class S(set):
    pass

s = S([3, 1, 3])
s.label = "s"
print(sorted(s), s.label, 3 in s, len(s), bool(S()))
