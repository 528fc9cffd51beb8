async def f():
    a = await x
    b = await x + await y
    c = [z for z in await w]
    d = await f(await g())
    e = -await x
    return await x ** 2
