# rich comparisons on user classes: reflection, NotImplemented, sorting
class A:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return 'A.le' if isinstance(o, A) else NotImplemented
    def __ge__(self, o):
        return 'A.ge'
class B:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return NotImplemented
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'L%d' % self.v
print(A(1) <= A(2), A(1) >= 5, 5 <= A(1), A(1) >= A(2))
try:
    print(5 >= A(1))
except TypeError as e:
    print(e)
for f in [lambda: B() < B(), lambda: B() > 1, lambda: 1 < B(), lambda: B() <= B(),
          lambda: A(1) < A(2), lambda: A(1) > 2]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(sorted([L(3), L(1), L(2)]), max(L(5), L(9)), min([L(4), L(2), L(8)]))
print(L(1) > L(0), L(0) > L(1))
print(sorted([3, 1, 2], key=lambda x: L(-x)))
