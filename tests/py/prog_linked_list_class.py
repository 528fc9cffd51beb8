class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt
    def __len__(self):
        return self.size
ll = LinkedList()
for i in range(5):
    ll.push(i * i)
print(list(ll), len(ll))
