class A: pass
a = A()
print(type(a) is A, type(A).__name__, type(type).__name__)
print(type(1) is int, type('') is str, type([]) is list)
