import asyncio
async def compute():
    await asyncio.sleep(0)
    return 'value'
async def main():
    t = asyncio.create_task(compute())
    print(t.done())
    r = await t
    print(r, t.done(), t.result())
    print(await t)
asyncio.run(main())
