class A:
    def __init__(self):
        self.log = ['A']
    def f(self):
        return 'A.f'
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append('B')
    def f(self):
        return 'B.f>' + super().f()
b = B()
print(b.log, b.f())
