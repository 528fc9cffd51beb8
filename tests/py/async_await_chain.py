async def leaf(x):
    return x * 2
async def mid(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b
async def top():
    return await mid(1) + await mid(10)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(top()))
