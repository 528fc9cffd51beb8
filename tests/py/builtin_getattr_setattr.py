class C:
    pass
c = C()
setattr(c, 'x', 1)
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'))
try:
    getattr(c, 'y')
except AttributeError:
    print('AttributeError')
print(hasattr(c, 'x'), hasattr(c, 'y'), hasattr('s', 'upper'))
delattr(c, 'x')
print(hasattr(c, 'x'))
