print(repr(1 + 2j), str(-1 - 2j))
print(complex(0, 0), complex(0.5, 1))
print(1.5j, 1 + 0.5j)
print([1j, 2 + 0j])
