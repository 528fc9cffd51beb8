import asyncio
async def main():
    await asyncio.sleep_ms(10)
    print('slept')
asyncio.run(main())
