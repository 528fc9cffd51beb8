# compile-time errors: global/nonlocal misuse, break/continue, starred, except order
srcs = [
    'def f(a):\n    global a\n',
    'def f():\n    x = 1\n    global x\n',
    'def f():\n    print(x)\n    global x\n',
    'def f():\n    global x\n    global x\n    x = 1\n',
    'nonlocal x\n',
    'def f():\n    nonlocal x\n',
    'def f():\n    x = 1\n    def g(x):\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n',
    'break\n', 'continue\n', 'if 1:\n    break\n', 'def f():\n    continue\n',
    '*a = 1\n', 'print(*a for a in b)\n' if False else 'x = *a\n', 'f() = 1\n', 'a + 1 = 2\n',
    'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n',
    'def f():\n    async for x in y:\n        pass\n', 'def f():\n    async with x:\n        pass\n',
    'def f():\n    from math import *\n', 'del f()\n', '(a, b) += 1\n', 'lambda: (yield)\n' if False else 'x: int = 5\ny: int\n',
    'class A:\n    x: int\n    y: str = "s"\n', 'def f():\n    z: int\n    return 1\n',
]
for s in srcs:
    try:
        g = {}
        exec(compile(s, 'm', 'exec'), g)
        print('ok', sorted(k for k in g if not k.startswith('__')))
    except SyntaxError as e:
        print(type(e).__name__)
print(eval('__name__', {}), eval('__name__', {'__name__': 'own'}))
