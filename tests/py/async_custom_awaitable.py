class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got
async def task():
    a = await Suspend('first')
    b = await Suspend('second')
    return a + b
c = task()
print(c.send(None))
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print('done', e.value)
