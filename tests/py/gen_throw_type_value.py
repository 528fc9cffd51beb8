# generator.throw(type, value): the value if it is an instance, else the
# type called with it.
def gen():
    while True:
        try:
            yield 1
        except Exception as e:
            print(type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError, ValueError(5))
g.throw(ValueError, 6)
g.throw(KeyError, None)
g.throw(TypeError, (1, 2))
g.throw(ValueError(9))
