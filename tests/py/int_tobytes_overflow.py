for v, n, s in ((256, 1, False), (-1, 2, False), (128, 1, True), (-129, 1, True), (2 ** 64, 8, False)):
    try:
        print(v.to_bytes(n, 'big', signed=s))
    except OverflowError:
        print('OverflowError', v)
