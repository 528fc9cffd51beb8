class Tick:
    def __await__(self):
        yield 'tick'
async def count(name, n):
    total = 0
    for i in range(n):
        total += i
        await Tick()
    return (name, total)
tasks = [count('x', 3), count('y', 5)]
done = {}
rounds = 0
while tasks:
    rounds += 1
    for t in list(tasks):
        try:
            t.send(None)
        except StopIteration as e:
            done[e.value[0]] = e.value[1]
            tasks.remove(t)
print(sorted(done.items()), rounds)
