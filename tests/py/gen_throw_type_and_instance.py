def g():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e.args)
it = g()
next(it)
it.throw(ValueError)
it.throw(TypeError('msg'))
it.throw(KeyError(3))
