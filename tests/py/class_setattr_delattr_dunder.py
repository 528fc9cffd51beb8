class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)
o = Logged()
o.a = 1
print(o.a)
del o.a
print(hasattr(o, 'a'))
