f(a if b else c, d=e if f else g)
x = [a if b else c for a in d]
