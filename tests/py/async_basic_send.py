async def add(a, b):
    return a + b
c = add(2, 3)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
