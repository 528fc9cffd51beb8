a = [1]
b = a
print(id(a) == id(a), id(a) == id(b))
print(type(id(a)).__name__)
