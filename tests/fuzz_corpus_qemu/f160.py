class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield self.n
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(name + rs(ti))
        await Sleep(1)
    return name
def run_all(coros):
    results = []
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run_all([worker('a', 3), worker('b', 1), worker('c', 2)]))
print(log)
