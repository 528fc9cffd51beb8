class C:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        obj = super().__new__(cls)
        return obj
    def __init__(self, x):
        print('init', x)
        self.x = x
c = C(5)
print(c.x)
