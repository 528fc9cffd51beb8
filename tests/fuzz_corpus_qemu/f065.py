import heapq
h = []
for item in [(2, 'b'), (1, 'z'), (3, 'a'), (1, 'a')]:
    heapq.heappush(h, item)
while h:
    print(heapq.heappop(h))
