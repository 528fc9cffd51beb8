import heapq
h = [2.5, 1, 3, 0.5, True]
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for i in range(5)])
