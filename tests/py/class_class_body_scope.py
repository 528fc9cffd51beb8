x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def f(self):
        return x
print(C.y, C().f())
