nan = float('nan')
l = [nan]
print(nan in l)
print(l == l, [nan] == [float('nan')])
print(nan is nan)
