for seq in ([1], (1,), 'a', b'a', range(1)):
    try:
        seq[3]
    except IndexError:
        print(type(seq).__name__, 'IndexError')
