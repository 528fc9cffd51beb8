a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(*a,) = b
for a, *b in c:
    pass
print(*a, *b, sep='')
f(*a, 1, *b, x=2, **c)
