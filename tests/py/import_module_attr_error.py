import mod_simple
try:
    mod_simple.nope
except AttributeError:
    print('AttributeError')
print(hasattr(mod_simple, 'double'))
