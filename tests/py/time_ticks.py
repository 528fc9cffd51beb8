import time
a = time.ticks_ms()
b = time.ticks_us()
print(isinstance(a, int), isinstance(b, int))
print(isinstance(time.ticks_diff(time.ticks_ms(), a), int))
print(time.ticks_diff(time.ticks_add(a, 5), a))
