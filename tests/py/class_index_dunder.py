class Idx:
    def __index__(self):
        return 2
l = ['a', 'b', 'c']
print(l[Idx()])
print(hex(Idx()), 'abcd'[Idx():])
