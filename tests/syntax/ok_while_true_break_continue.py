while True:
    if a:
        continue
    elif b:
        break
    for x in y:
        if x:
            break
        continue
    break
