import heapq
h = [9, 8, 7, 6, 5, 4, 3, 2, 1]
heapq.heapify(h)
print(h)
h = [3, 1, 2]
heapq.heapify(h)
print(h)
h = []
heapq.heapify(h)
print(h)
