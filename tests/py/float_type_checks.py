print(type(1.0).__name__, type(1 / 1).__name__, type(1.0 // 1).__name__)
print(isinstance(1.0, float), isinstance(1, float))
print(isinstance(1.0, (int, float)))
