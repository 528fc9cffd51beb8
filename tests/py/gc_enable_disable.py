import gc
gc.disable()
x = [0] * 100
gc.enable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
