async def f():
    await g()
    x = await h(1)
    async for a in b:
        pass
    else:
        pass
    return [q for q in r]
async def g():
    return await (await f())
class C:
    async def m(self):
        await self.n()
