def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        tot-l += x
g = acc()
print(g.send(None))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration:
    print('finished')
