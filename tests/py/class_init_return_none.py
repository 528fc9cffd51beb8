class C:
    def __init__(self):
        return None
print(type(C()).__name__)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError:
    print('TypeError')
