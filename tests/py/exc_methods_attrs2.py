# exception methods called explicitly, attributes errno/code/value, subclass overrides
class E(Exception):
    def __str__(self):
        return 'E:' + Exception.__str__(self)
    def __repr__(self):
        return 'R' + Exception.__repr__(self)
print(str(E()), str(E(1)), str(E(1, 'a')), repr(E('q')), repr(E()), repr(E(1, 2)))
print(str(KeyError('k')), BaseException.__str__(ValueError('v')))
print(Exception.__repr__(KeyError(3)), ValueError.__str__(ValueError()))
e = ValueError('a')
print(e.with_traceback(None) is e, e.args, e.__traceback__)
Exception.__init__(e, 'b', 'c')
print(e.args, str(e))
print(OSError(2, 'nf').errno, OSError().errno, SystemExit().code, SystemExit(3).code)
print(SystemExit(1, 2).code, StopIteration().value, StopIteration(7, 8).value)
for f in [lambda: BaseException.__str__(5), lambda: Exception.__repr__('x'),
          lambda: BaseException.__init__([], 1), lambda: ValueError().nope]:
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__)
def fn(): pass
class K:
    def m(self): pass
k = K()
print(k.m.__self__ is k, k.m.__func__ is K.m, k.m.__name__, fn.__name__, len.__name__)
print((lambda: 0).__name__, [].append.__name__ if hasattr([].append, '__name__') else 'append')
