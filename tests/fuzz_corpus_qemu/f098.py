d = {}
for k in ('zebra', 'apple', 'mango', 'kiwi'):
    d[k] = len(k)
print(list(d))
d['apple'] = 0
print(list(d.items()))
del d['zebra']
d['zebra'] = 1
print(list(d.keys()))
