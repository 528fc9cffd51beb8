import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    r = await asyncio.gather(square(2), square(3), square(4))
    print(r)
    print(await asyncio.gather())
asyncio.run(main())
