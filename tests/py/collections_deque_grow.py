from collections import deque
d = deque()
for i in range(100):
    d.append(i)
print(len(d), d[0], d[99], d[50])
total = 0
while d:
    total += d.popleft()
print(total, len(d))
