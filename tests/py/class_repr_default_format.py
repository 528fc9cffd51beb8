class C:
    pass
r = repr(C())
print(r.startswith('<'), 'C object' in r, r.endswith('>'))
c = C()
print(str(c) == repr(c))
