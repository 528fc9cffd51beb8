# == and != with user classes: __ne__ defaults to the negated __eq__,
# results are returned as they are, and a subclass's method goes first.
class A:
    def __eq__(self, other):
        print("A.__eq__")
        return 7

class B(A):
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented

    def __ne__(self, other):
        print("B.__ne__")
        return "ne"

class C:
    pass

a, b, c = A(), B(), C()
print(a == c, a != c)
print(a == b, a != b)
print(b != a, c == c, c != c, c == C())
print(1 == a, a != 1, [a] == [a], a in [c])
