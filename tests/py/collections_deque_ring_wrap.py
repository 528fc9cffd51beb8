from collections import deque
d = deque([0, 1, 2])
for i in range(3, 20):
    d.append(i)
    d.popleft()
print(list(d))
for i in range(10):
    d.appendleft(-i)
    d.pop()
print(list(d))
