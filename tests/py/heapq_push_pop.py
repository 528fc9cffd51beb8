import heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for i in range(7)])
print(h)
