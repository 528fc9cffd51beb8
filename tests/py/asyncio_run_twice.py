import asyncio
async def one(x):
    await asyncio.sleep(0)
    return x
print(asyncio.run(one(1)))
print(asyncio.run(one(2)))
