import asyncio
async def job(name, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    print('done', name)
    return name
async def main():
    r = await asyncio.gather(job('slow', 3), job('fast', 1), job('mid', 2))
    print(r)
asyncio.run(main())
