code = compile('x * 2', '<s>', 'eval')
print(eval(code, {'x': 21}))
code = compile('y = 5\nz = y + 1', '<s>', 'exec')
ns = {}
exec(code, ns)
print(ns['z'])
try:
    compile(+'1 ', '<s>', 'exec')
except SyntaxError:
    print('SyntaxError')
