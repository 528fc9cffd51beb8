import asyncio
async def slow():
    await asyncio.sleep(10)
    return 'late'
async def main():
    try:
        await asyncio.wait_for(slow(), 0.05)
    except asyncio.TimeoutError:
        print('timeout')
    print('after')
asyncio.run(main())
