for a, *b in x:
    pass
for (a, b), c in x:
    pass
for [a, b] in x:
    pass
