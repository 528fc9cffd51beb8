a = {1}
b = {1, 2, 3}
c = {x}
d = {x, y, 1}
e = {(1, 2), frozenset()}
