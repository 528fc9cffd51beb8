# line endings (CR, CRLF, tabs) inside code and literals; moderate nesting
def check(src, mode='exec'):
    try:
        compile(src, 'm', mode)
        return 'ok'
    except SyntaxError as e:
        return type(e).__name__
print(check('(' * 12 + '1' + ')' * 12, 'eval'), check('(' * 3 + '1' + ')' * 2, 'eval'))
print(check('[' * 12 + ']' * 12, 'eval'), check('{' * 3 + '}' * 4, 'eval'))
deep = ''.join(' ' * i + 'if 1:\n' for i in range(12)) + ' ' * 12 + 'pass\n'
print(check(deep))
g = {}
exec('a = 1\rb = 2\rif a:\r    c = 3\r', g)
print(g['a'], g['b'], g['c'])
exec('if 1:\n\tx = 1\n\ty = 2\n', g)
print(g['x'], g['y'])
exec('t = (1,\r\n     2)\r\nu = [3,\r 4]\n', g)
print(g['t'], g['u'])
exec('s = """a\r\nb\rc"""\n', g)
print(repr(g['s']))
x, y = 3, 4
print(f'{x:{y}}|', f'{x:{y}.{y}f}|', f'{x!r:{y}}|')
print(check("f'{x:{y:{z}}}'", 'eval'), check("f'{1:{2:{3:{4}}}}'", 'eval'))
exec('r = r"""p\r\nq"""\nbb = b"""m\rn"""\n', g)
print(repr(g['r']), g['bb'])
