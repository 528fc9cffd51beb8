def g():
    try:
        yield 1
    finally:
        print('gen finally')
it = g()
try:
    for x in it:
        raise KeyError(x)
except KeyError as e:
    print('caught', e)
it.close()
print('closed')
