class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        for i in self.items:
            yield i
b = Bag(1, 2, 3)
print(list(b), list(b), sum(b), max(b))
