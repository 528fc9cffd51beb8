import asyncio
async def say(delay, text):
    await asyncio.sleep(delay)
    print(text)
async def main():
    await asyncio.gather(say(0.3, 'third'), say(0.1, 'first'), say(0.2, 'second'))
asyncio.run(main())
