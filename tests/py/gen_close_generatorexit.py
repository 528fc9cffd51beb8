def g():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
it = g()
next(it)
it.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError:
    print('RuntimeError')
