for f in (lambda: 1 << -1, lambda: 1 >> -1):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__)
