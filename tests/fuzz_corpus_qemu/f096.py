def a():
    def b():
        def c():
            def d():
                return 'd'
            return 'c' + d()
        return 'b' + c()
    return 'a' + b()
print(a())
