class Ctx:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print('exit with', et.__name__ if et else None)
        return True
async def main():
    async with Ctx():
        raise ValueError('x')
    return 'suppressed'
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
