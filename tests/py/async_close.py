class Yield:
    def __await__(self):
        yield
async def job():
    try:
        await Yield()
    finally:
        print('cleanup')
c = job()
c.send(None)
c.close()
print('closed')
