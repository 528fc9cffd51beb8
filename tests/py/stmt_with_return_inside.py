class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit runs')
def f():
    with C():
        return 'returned'
print(f())
def g():
    for i in range(3):
        with C():
            if i == 1:
                break
    return i
print(g())
