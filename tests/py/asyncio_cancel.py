import asyncio
async def forever():
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print('cancelled inside')
        raise
async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled outside')
    print(t.done(), t.cancelled())
asyncio.run(main())
