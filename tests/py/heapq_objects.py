import heapq
class Task:
    def __init__(self, p, name):
        self.p = p
        self.name = name
    def __lt__(self, other):
        return self.p < other.p
h = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]:
    heapq.heappush(h, Task(p, n))
print([heapq.heappop(h).name for i in range(4)])
