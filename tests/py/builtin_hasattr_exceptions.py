class C:
    @property
    def bad(self):
        raise AttributeError('no')
    @property
    def ok(self):
        return 1
print(hasattr(C(), 'bad'), hasattr(C(), 'ok'))
