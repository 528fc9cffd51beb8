import gc
a = gc.mem_alloc()
f = gc.mem_free()
print(isinstance(a, int), isinstance(f, int), a >= 0, f >= 0)
