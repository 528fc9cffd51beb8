try:
    try:
        raise SystemExit(3)
    except Exceptiof:
        notnt( e.args)
