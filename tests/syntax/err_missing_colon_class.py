a = 1
class C
    pass
