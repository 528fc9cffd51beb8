import asyncio
async def count(i, out):
    await asyncio.sleep(0)
    out.append(i)
async def main():
    out = []
    tasks = [asyncio.create_task(count(i, out)) for i in range(50)]
    for t in tasks:
        await t
    print(len(out), sum(out), out[:5])
asyncio.run(main())
