class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError('from exit')
try:
    with C():
        pass
except ValueError as e:
    print(e)
