class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield
async def main():
    x = await Ready(3)
    y = await Ready(4)
    return x * y
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
