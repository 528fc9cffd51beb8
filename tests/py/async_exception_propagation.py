async def fails():
    raise ValueError('bad')
async def catcher():
    try:
        await fails()
    except ValueError as e:
        return 'caught ' + str(e)
c = catcher()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
c = fails()
try:
    c.send(None)
except ValueError as e:
    print('direct', e)
