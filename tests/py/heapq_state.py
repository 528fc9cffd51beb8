import heapq
h = []
for v in [10, 4, 7, 1, 8, 2]:
    heapq.heappush(h, v)
    print(h)
while h:
    heapq.heappop(h)
    print(h)
