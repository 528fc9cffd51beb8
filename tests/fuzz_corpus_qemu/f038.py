class C:
    def __eq__(self, o):
        return True
try:
    hash(C())
except TypeError:
    print('TypeError')
