# Subclasses of tuple and str: built by __new__, behave as their base,
# and take instance attributes.
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))

p = Pair([1, 2])
p.tag = "t"
print(p, p.tag, len(p), p[1], p.swap(), type(p.swap()).__name__)
print(p == (1, 2), (1, 2) == p, p + (3,), p * 2, 2 in p, list(p))
print(hash(p) == hash((1, 2)), bool(Pair()), Pair() == (), isinstance(p, tuple))
print(sorted([Pair((2, 0)), Pair((1, 5))]), p.count(1), p.index(2))
d = {p: "pair"}
print(d[(1, 2)])

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
n.age = 3
print(n, repr(n), n.age, n.shout(), n + "by", len(n), n[0], n == "bob")
print({"bob": 1}[n], hash(n) == hash("bob"), "o" in n, n.split("o"), type(n).__name__)
print(bool(Name()), Name() == "", isinstance(n, str), "%s!" % n, str(n) == "bob")
