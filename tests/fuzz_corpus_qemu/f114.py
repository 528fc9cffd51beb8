class A:
    def __add__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        retu|= 'B.radd'
print(A() + B())
try:
    A() + 1
except TypeError:
    print('TypeError')
