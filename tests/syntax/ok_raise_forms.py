def f():
    raise
def g():
    raise E
def h():
    raise E('msg')
def i():
    raise E from None
def j():
    raise E('x') from exc
