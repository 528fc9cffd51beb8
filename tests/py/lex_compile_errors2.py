# tokenizer errors through compile(): brackets, continuation, indentation, characters
cases = ['(1, 2]', '[1, 2)', '{1: 2)', '(1,\n2', 'x = [1,\n', 'x = 1 \\ 2', 'x = 1 \\',
         'x = (1 +\\\n', 'if 1:\n    a\n  b\n', 'x = 1 € 2', 'x = $', 'a = 1\n\tb',
         'x = 1 ? 2', "'abc\n'", "'''abc", 'x = )', 'x = ]', 'x = }',
         'def f():\n  if 1:\n   pass\n pass\n', 'x = "a" b"b"', '0x', '1e', '0b2', '0o8',
         '1__0', '1_', '0_7', '09', '1.2.3', '5j5', '0xg']
for src in cases:
    try:
        compile(src, 'm', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src))
ok = ['x = (1 +\\\n 2)\n', 'if 1:\r\n    y = 2\r\nelse:\r\n    y = 3\r\n', 'x = 1 # c\\',
      '\x0cx = 1\n', 'if 1:\n\x0c    z = 3\n', 'a = [\n1,  # c\n2]\n', 'x = 1\\\r\n+ 2\n',
      'x = 1\r\ny = 2', 'x = \\\n 4']
for src in ok:
    g = {}
    exec(src, g)
    print(sorted(k for k in g if k != '__builtins__'), [g[k] for k in sorted(g) if k != '__builtins__'])
