def f():
    for i in r:
        try:
            continue
        finally:
            break
    try:
        return 1
    finally:
        pass
while x:
    try:
        break
    finally:
        continue
