class Node:
    made = 0
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
        Node.made += 1
head = None
for i in range(5):
    head = Node(i, head)
vals = []
while head:
    vals.append(head.val)
    head = head.nxt
print(vals, Node.made)
