class Base:
    def area(self):
        raise NotImplementedError('subclass must')
try:
    Base().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
