def make():
    def inner():
        return 1
    return inner
a = make()
b = make()
print(a is b, a() == b())
