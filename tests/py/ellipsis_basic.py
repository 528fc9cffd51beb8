print(...)
print(Ellipsis is ..., ... == ...)
print(type(...).__name__)
x = ...
print(bool(x))
