print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-(2 ** 70)), abs(3 - 4j))
class A:
    def __abs__(self):
        return 'abs called'
print(abs(A()))
