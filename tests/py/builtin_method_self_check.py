# A builtin method reached through its type checks the type of self.
calls = [
    lambda: list.append(1, 2),
    lambda: list.append(object(), 2),
    lambda: getattr(list, "append")((), 1),
    lambda: dict.keys([1]),
    lambda: dict.__setitem__([], 1, 2),
    lambda: set.add(frozenset(), 1),
    lambda: tuple.count(5, 1),
    lambda: slice.indices(3, 4),
    lambda: type("X", None, None),
    lambda: type("X", (), []),
]
for f in calls:
    try:
        f()
        print("no error")
    except TypeError:
        print("TypeError")
l = []
list.append(l, 2)
getattr(list, "append")(l, 3)
print(l, tuple.count((1, 1), 1), set.__contains__({1}, 1))
