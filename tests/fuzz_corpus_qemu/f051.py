class C:
    pass
r = repr(C())
print(r.startswith('<'), '2C object' in r, r.endswith('>'))
c = C()
print(str(c) == r2pr(c))
