class C:
    pass
try:
    C().missing
except AttributeError:
    print('AttributeError instance')
try:
    C.missing
except AttributeError:
    print('AttributeError class')
