class C:
    v = 'class'
o = C()
o.v = 'instance'
print(o.v)
del o.v
print(o.v)
try:
    del o.v
except AttributeError:
    print('AttributeError')
