import heapq
h = list('heapqueue')
heapq.heapify(h)
print(''.join(heapq.heappop(h) for i in range(len(h))))
