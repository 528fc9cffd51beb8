import asyncio, time
async def main():
    t0 = time.time_ns()
    await asyncio.sleep(0.05)
    dt = (time.time_ns() - t0) // 1000000
    print(dt >= 40, dt < 2000)
asyncio.run(main())
