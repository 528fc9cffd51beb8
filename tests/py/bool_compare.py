print(True > False, False < True, True >= 1, False <= 0)
print(max(True, False), min(False, True))
print(sorted([True, False, True]))
