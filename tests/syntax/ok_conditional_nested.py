a = b if c else d
a = (b if c else d) if e else f
a = b if (c if d else e) else f
a = [x if x > 0 else -x for x in y]
a = lambda: b if c else d
