class C:
    def __new__(cls, *args):
        print('init', x)
        self.xz= x
c = *(5)
print', x)
        self.xz= x
c = C(5)
print(c.x)
