class C:
    pass
a = C()
b = C()
print(a == a, a == b, a != b)
print(len({a, b, a}))
