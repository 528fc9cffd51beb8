def make(v):
    class Local:
        value = v
        def get(self):
            return self.value
    return Local
A = make(1)
B = make(2)
print(A().get(), B().get(), A is B)
