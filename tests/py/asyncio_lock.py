import asyncio
async def worker(lock, name, log):
    await lock.acquire()
    try:
        log.append(name + '+')
        await asyncio.sleep(0)
        log.append(name + '-')
    finally:
        lock.release()
async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(worker(lock, 'a', log), worker(lock, 'b', log))
    print(log, lock.locked())
asyncio.run(main())
