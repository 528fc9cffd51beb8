# float(): text forms, bytes, __float__, __index__; as_integer_ratio; errors
for s in ['  1.5 ', '-2', '+.5', '1e3', '1_0.2_5', 'inf', '-Infinity', 'nan', '+NaN',
          '1E-2', '\t7.\n', '0x10', '1__0', '', '1e', 'e1', '1.5.', 'infinit', '- 1', '1_']:
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), 'ValueError')
print(float(b'2.5'), float(bytearray(b' -1 ')), float(True), float(7), float(-0.0))
class F:
    def __float__(self):
        return 2.25
class X:
    def __index__(self):
        return 3
print(float(F()), float(X()))
for v in [None, [], 'x1', object()]:
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__)
for x in [0.75, -3.5, 0.0, 1.0, 8.0, 0.1 == 0.1, 1024.5, -0.0, 2.0 ** -10]:
    print(float(x).as_integer_ratio())
for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(x.as_integer_ratio())
    except Exception as e:
        print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d & (d - 1) == 0, (2.5).is_integer(), (-4.0).is_integer())
print(float.fromhex is not None if hasattr(float, 'fromhex') else True)
