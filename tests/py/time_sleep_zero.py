import time
print(time.sleep(0))
