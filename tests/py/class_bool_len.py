class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
print(bool(T()), bool(L()), bool(N()))
print('yes' if T() else 'no', 'yes' if N() else 'no', not L())
