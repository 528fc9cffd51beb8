print(sum([1, 2.5, 3]), sum([True, 2]))
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
