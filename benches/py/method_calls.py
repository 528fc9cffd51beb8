# Method calls on instances: LOAD_METHOD/CALL_METHOD, attribute stores.
class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self


c = Counter()
for i in range(300000):
    c.add(i).add(1)
print(c.count)
