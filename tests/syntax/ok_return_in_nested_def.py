class C:
    def m(self):
        def helper():
            return 1
        return helper()
x = [lambda: 1 for _ in range(2)]
