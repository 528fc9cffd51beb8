class Ctx:
    async def __aenter__(self):
        print('enter')
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        print('exit', et is None)
        return False
async def main():
    async with Ctx() as r:
        print('using', r)
    return 'ok'
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
