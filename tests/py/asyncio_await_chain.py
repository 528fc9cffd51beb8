import asyncio
async def leaf(x):
    await asyncio.sleep(0)
    return x * 2
async def mid(x):
    return await leaf(x) + 1
async def main():
    print(await mid(5))
    out = []
    for i in range(3):
        out.append(await leaf(i))
    print(out)
asyncio.run(main())
