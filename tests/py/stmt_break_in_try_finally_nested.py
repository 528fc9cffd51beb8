out = []
for i in range(3):
    for j in range(3):
        try:
            try:
                if j == 1:
                    break
                out.append((i, j))
            finally:
                out.append('in')
        finally:
            out.append('out')
print(out)
