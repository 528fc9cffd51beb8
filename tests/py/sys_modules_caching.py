import sys
import mod_counter
import mod_counter as again
print(mod_counter is again, 'mod_counter' in sys.modules)
print(mod_counter.loads)
print(sys.modules['mod_counter'] is mod_counter)
