import asyncio
async def main():
    return 42
print(asyncio.run(main()))
async def add(a, b):
    return a + b
print(asyncio.run(add(2, 3)))
