class C:
    def _get(self):
        return 'got'
    x = property(_get)
print(C().x)
try:
    C().x = 1
except AttributeError:
    print('AttributeError')
