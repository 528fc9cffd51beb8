import heapq
try:
    heapq.heappop([])
except IndexError:
    print('IndexError')
h = [1]
print(heapq.heappop(h), h)
