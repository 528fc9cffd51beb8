class Items:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
async def main():
    async for x in Items('abc'):
        if x == 'b':
            break
        print('item', x)
    else:
        print('no break')
    async for x in Items('xy'):
        print('item', x)
    else:
        print('else ran')
try:
    main().send(None)
except StopIteration:
    pass
