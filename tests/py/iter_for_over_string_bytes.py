out = []
for ch in 'hi':
    out.append(ch)
for b in b'hi':
    out.append(b)
print(out)
