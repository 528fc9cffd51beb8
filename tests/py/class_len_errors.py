class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError:
    print('ValueError')
class N:
    pass
try:
    len(N())
except TypeError:
    print('TypeError')
