print('key=value'.partition('='))
print('key=value=x'.partition('='))
print('novalue'.partition('='))
print('a.b.c'.rpartition('.'))
print('abc'.rpartition('.'))
try:
    'abc'.partition('')
except ValueError:
    print('ValueError')
