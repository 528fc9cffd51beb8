for args in ((5,), (2, 6), (0, 10, 3), (10, 0, -3), (5, 5), (5, 0), (0, 100, 7), (-5, 5, 2)):
    r = range(*args)
    print(args, len(r))
