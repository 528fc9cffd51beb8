import mod_counter
import mod_counter
print(mod_counter.loads)
def g():
    import mod_counter
    return mod_counter.loads
print(g())
