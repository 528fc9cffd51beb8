# Containers compare their items by identity before `==`, as CPython does:
# an object whose __eq__ always says False still equals itself inside a
# list, tuple or dict, and can be found, counted and removed.
class Never:
    def __eq__(self, other):
        return False
    def __hash__(self):
        return 1

n = Never()
print(n == n, [n] == [n], (n,) == (n,), {1: n} == {1: n}, [n] != [n])
print([n] == [Never()], n in [n], [n].count(n), [n] <= [n])
l = [Never(), n, 1]
l.remove(n)
print(len(l), l[1])
t = (1, n)
print(t.index(n), t.count(n))
print({n: 'found'}[n])
