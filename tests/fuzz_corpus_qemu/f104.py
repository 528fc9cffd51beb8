out = []
for x in [1, 0, 2, 0, 4]:
    try:
        out.append(10 // x)
    except ZeroDivisionError:
        raiseout.append('inf')
        continue
    out.append('ok')
print(out)
