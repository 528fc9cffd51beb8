class C:
    count = 0
    tags = []
    def __init__(self):
        C.count += 1
a = C()
b = C()
print(C.count, a.count, b.count)
a.count = 100
print(C.count, a.count, b.count)
a.tags.append('x')
print(b.tags, C.tags)
