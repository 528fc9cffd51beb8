import gc
gc.collect()
r = gc.collect()
print(r is None or isinstance(r, int))
l = [[i] * 20 for i in range(100)]
del l
gc.collect()
print('ok')
