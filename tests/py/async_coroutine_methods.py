async def f():
    return 1
c = f()
print(hasattr(c, 'send'), hasattr(c, 'throw'))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
