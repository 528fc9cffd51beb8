def hello(self):
    return 'hi from ' + type(self).__name__
Base = type('Base', (), {'greet': hello, 'x': 1})
Sub = type('Sub', (Base,), {'x': 2})
s = Sub()
print(s.greet(), s.x, Base().x, isinstance(s, Base))
