class Dyn:
    real = 'real'
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, 'xa'))
try:
    d.other
except AttributeError:
    print('AttributeError')
print(hasattr(d, 'x1'), hasattr(d, 'q'))
