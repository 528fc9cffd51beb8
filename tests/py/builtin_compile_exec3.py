# compile()/exec()/eval(): modes, bytes source, globals/locals, errors
c = compile('x = 6 * 7', 'f', 'exec')
g = {}
exec(c, g)
print(g['x'], eval(compile('1 + 2', 'f', 'eval')), eval(b'3 * 3'), eval('y + 1', {'y': 4}))
exec(compile(b'z = 5', 'f', 'exec'), g)
print(g['z'], eval('a', {'a': 1}, {'a': 2}), eval('a', {'a': 1}, None))
loc = {}
exec('q = 9', {}, loc)
print(loc)
def f():
    k = 3
    return eval('k * 2', {'k': k})
print(f(), eval('len("abc")'), exec('pass'))
for args in [('1', 'f', 'bad'), (5, 'f', 'exec'), ('1 +', 'f', 'eval'), ('  x = 1', 'f', 'exec'),
             ('if 1:\nx', 'f', 'exec'), ('return 5', 'f', 'exec'), ('x = 1', 'f', 'eval')]:
    try:
        compile(*args)
        print('ok')
    except Exception as e:
        print(type(e).__name__)
for f in [lambda: eval('1', []), lambda: exec('1', 5), lambda: eval('nope'), lambda: eval(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
