import gc
from collections import deque
d = deque()
for i in range(300):
    d.append([i, str(i)])
    if len(d) > 50:
        d.popleft()
    if i % 100 == 0:
        gc.collect()
gc.collect()
print(len(d), d[0], d[-1])
