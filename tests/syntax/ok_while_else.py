while a:
    if b:
        break
    continue
else:
    c = 1
while True: pass
