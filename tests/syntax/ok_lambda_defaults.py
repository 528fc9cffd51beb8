f = lambda a=1, b=[1, 2], c={'k': 'v'}, d=(1,), e=None: 0
g = lambda a, b=lambda x=2: x, *c, d=3, **e: b()
h = lambda a=(1 if x else 2): a
