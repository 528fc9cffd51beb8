class C:
    pass
c = C()
c.a = 1
setattr(c, 'b', 2)
print(c.a, getattr(c, 'b'), getattr(c, 'zz', 'default'))
delattr(c, 'a')
print(hasattr(c, 'a'), hasattr(c, 'b'))
