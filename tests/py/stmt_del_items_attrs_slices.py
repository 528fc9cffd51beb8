l = list(range(8))
del l[0], l[-1]
print(l)
del l[1:3]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class C:
    pass
c = C()
c.x = 1
del c.x
print(hasattr(c, 'x'))
