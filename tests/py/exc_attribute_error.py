class C:
    pass
for obj, name in ((C(), 'x'), (1, 'foo'), ('s', 'bar'), (None, 'q')):
    try:
        getattr(obj, name)
    except AttributeError:
        print('AttributeError', name)
