class C:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *a):
        print('exit', self.n)
with C(1) as a, C(2) as b:
    print('body', a, b)
with C(3), C(4):
    print('body2')
