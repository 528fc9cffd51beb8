if (n := len(a)) > 10:
    pass
while (line := read()):
    pass
y = [z for x in data if (z := f(x))]
print((w := 5), w)
f(a, b := 3)
t = (q := 1, 2)
d = {k: (v := k) for k in r}
def g():
    if (m := 1):
        return m
