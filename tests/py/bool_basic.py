print(True, False, type(True).__name__)
print(bool(), bool(1), bool(0), bool(''), bool('a'))
print(bool([]), bool([0]), bool(()), bool({}), bool(None))
print(True is True, not True)
