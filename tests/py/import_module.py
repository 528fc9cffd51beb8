import mod_simple
print(mod_simple.VALUE, mod_simple.double(4))
print(mod_simple.__name__)
