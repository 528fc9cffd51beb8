class C:
    def m(self, a):
        return ('m', a)
print(C.m(C(), 5))
try:
    C.m()
except TypeError:
    print('TypeError')
