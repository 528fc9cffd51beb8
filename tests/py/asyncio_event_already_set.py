import asyncio
async def main():
    ev = asyncio.Event()
    ev.set()
    print(await ev.wait())
    print('no wait needed')
asyncio.run(main())
