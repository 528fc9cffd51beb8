print({1, 2} == frozenset([1, 2]), frozenset([1]) <= {1, 2})
print(type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
