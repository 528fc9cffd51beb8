print(bool(), bool(0), bool(1), bool(''), bool(' '), bool([]), bool([0]))
print(bool(0.0), bool(0j), bool(None), bool(range(0)), bool(range(1)))
