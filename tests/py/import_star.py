from mod_star import *
print(public_a, public_b)
try:
    _private
except NameError:
    print('NameError')
