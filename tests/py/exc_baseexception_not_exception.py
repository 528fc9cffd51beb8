try:
    try:
        raise SystemExit(3)
    except Exception:
        print('wrong')
except BaseException as e:
    print(type(e).__name__, e.args)
