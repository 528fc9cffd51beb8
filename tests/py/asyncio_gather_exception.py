import asyncio
async def ok():
    return 1
async def bad():
    raise ValueError('boom')
async def main():
    try:
        await asyncio.gather(ok(), bad())
    except ValueError as e:
        print('caught', e)
    r = await asyncio.gather(ok(), bad(), return_exceptions=True)
    print(r[0], type(r[1]).__name__)
asyncio.run(main())
