class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('edy', v)
try:
    with Ctx('b'):
        raise KeyError('k')
except KeyError:
    print('propagated')
