import time
t = time.time()
print(isinstance(t, (int, float)), t > 0)
