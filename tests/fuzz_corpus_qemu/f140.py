import heapq
for f, args in ((heapq.heappush, ((), 1)), (heapq.heappop, ((1, 2),)), (heapq.heapify, ('abc',))):
    try:
        f(*args)
    except TypeError:
        print('TypeError')
try:
    heapq.heappush([1], 'a')
except TypeError:
    print('TypeError')
