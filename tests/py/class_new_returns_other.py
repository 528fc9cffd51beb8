class C:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(C())
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
