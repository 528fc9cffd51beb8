import asyncio
async def fail():
    await asyncio.sleep(0)
    raise KeyError('k')
async def main():
    try:
        await fail()
    except KeyError as e:
        print('KeyError', e)
    t = asyncio.create_task(fail())
    try:
        await t
    except KeyError:
        print('from task')
asyncio.run(main())
try:
    asyncio.run(fail())
except KeyError:
    print('from run')
