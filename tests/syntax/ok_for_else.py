for x in y:
    pass
else:
    pass
for a, b in c:
    pass
for (a, b), *c in d:
    pass
for x, in y:
    pass
for x.a in y:
    pass
for x[0] in y:
    pass
