for f in files:
    with open(f) as h:
        for line in h:
            with lock:
                if line:
                    continue
                break
