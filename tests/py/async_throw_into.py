class Yield:
    def __await__(self):
        yield
async def waiter():
    try:
        await Yield()
    except KeyError:
        return 'cancelled'
    return 'normal'
c = waiter()
c.send(None)
try:
    c.throw(KeyError)
except StopIteration as e:
    print(e.value)
