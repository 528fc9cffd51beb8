import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
async def main():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 3))
    await t1
    await t2
asyncio.run(main())
