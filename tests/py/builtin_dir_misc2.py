# dir() of a loaded module and a class; misc builtin argument errors
import mod_simple
names = dir(mod_simple)
print([n for n in names if not n.startswith('_')], '__name__' in names)
class K:
    a = 1
    def m(self):
        pass
print([n for n in dir(K) if not n.startswith('_')], [n for n in dir(K()) if not n.startswith('_')])
print(sum([1, 2], 10), sum([[1], [2]], []), sum((0.5, 0.25)), min([], default=7), max([3, 9, 1], key=lambda x: -x))
print(next(iter([]), 'dflt'), list(iter(iter([1, 2, 0, 3]).__next__, 0)), divmod(-7, 2), divmod(7.5, 2))
print(bin(-(2 ** 70)), oct(2 ** 65), hex(-(2 ** 64) + 1), chr(0x10FFFF) == '\U0010ffff', ord('\u20ac'))
for f in [lambda: min([]), lambda: max(), lambda: chr(-1), lambda: chr(0x110000),
          lambda: ord('ab'), lambda: ord(''), lambda: delattr(K(), 5), lambda: issubclass(1, int),
          lambda: isinstance(1, 5), lambda: getattr(K, 'zz'), lambda: hash([]), lambda: divmod(1, 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
print(getattr(K, 'zz', None), hasattr(K, 'm'), callable(K), callable(K()), isinstance(1, (str, (int,))))
