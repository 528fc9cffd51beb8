print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print(not 0, not 7)
print(bool(0), bool(-1), bool(123))
