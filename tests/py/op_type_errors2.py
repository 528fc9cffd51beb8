# unary and binary operator type errors, with CPython's messages
for f in [lambda: -'a', lambda: +'a', lambda: ~'a', lambda: ~1.5, lambda: abs('x'),
          lambda: -[], lambda: +None, lambda: ~(1j), lambda: +{}, lambda: abs(None)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(~True, +True, -False, abs(True), ~(2 ** 100), +(2 ** 100), +(-7), +2.5, ~-1)
ops = [lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a // b,
       lambda a, b: a % b, lambda a, b: a ** b, lambda a, b: a << b, lambda a, b: a >> b,
       lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a @ b,
       lambda a, b: divmod(a, b), lambda a, b: a < b, lambda a, b: a > b,
       lambda a, b: a <= b, lambda a, b: a >= b, lambda a, b: a + b]
for op in ops:
    try:
        print(op([], 1.5))
    except TypeError as e:
        print(e)
for a, b in [(None, None), ('a', 1), (1, 'a'), ({}, {}), (1j, 2j)]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print(1 in [1], 1 not in [1], None is not None, 2 not in {}, 'a' not in 'bcd')
