import heapq
data = [(i * 7919) % 101 for i in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
out = [heapq.heappop(h) for i in range(len(data))]
print(out == sorted(data), out[:5])
