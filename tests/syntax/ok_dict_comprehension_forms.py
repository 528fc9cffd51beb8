a = {k: v for k, v in items}
b = {k: v for k in ks for v in vs if k != v}
c = {str(i): [j for j in range(i)] for i in range(3)}
d = {(a, b): a * b for a in r for b in r}
