async def outer():
    async def inner():
        return 1
    def sync():
        return 2
    return await inner() + sync()
