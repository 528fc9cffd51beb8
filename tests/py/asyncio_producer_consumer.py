import asyncio
async def producer(items, ev, n):
    for i in range(n):
        items.append(i)
        await asyncio.sleep(0)
    ev.set()
async def consumer(items, ev):
    total = 0
    while not ev.is_set() or items:
        while items:
            total += items.pop(0)
        await asyncio.sleep(0)
    return total
async def main():
    items, ev = [], asyncio.Event()
    r = await asyncio.gather(producer(items, ev, 10), consumer(items, ev))
    print(r)
asyncio.run(main())
