from array import array
for tc, v in (('b', 200), ('b', -129), ('B', -1), ('B', 256), ('h', 2**15), ('H', 2**16)):
    try:
        array(tc, [v])
        print('ok', tc, v)
    except OverflowError:
        print('OverflowError', tc, v)
