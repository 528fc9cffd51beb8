# user __format__ through format(), str.format and f-strings; object.__format__
class M:
    def __format__(self, spec):
        return '<' + spec + '>'
class Bad:
    def __format__(self, spec):
        return 5
class Plain:
    def __str__(self):
        return 'plain'
m = M()
print(format(m), format(m, 'xyz'), '{:abc}'.format(m), f'{m:>{3}}')
print(format(Plain()), '{}'.format(Plain()), '{:}'.format(Plain()), f'{Plain()}')
print(object.__format__(Plain(), ''), '{0!s:.3}'.format(Plain()))
for f in [lambda: format(Bad()), lambda: format(Plain(), 'x'), lambda: '{:x}'.format(Plain()),
          lambda: f'{Plain():>5}', lambda: object.__format__(Plain(), 'q'),
          lambda: object.__format__(Plain(), 5)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', str(e)[:40])
print(format(None, ''), format([1], ''), '{!a}'.format(['é']), '{:>4}'.format(None) if False else '')
