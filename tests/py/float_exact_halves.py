for x in (0.5, 1.5, 2.5, -0.5, -1.5, 0.75, 1.25):
    print(x, round(x), int(x), x * 2)
