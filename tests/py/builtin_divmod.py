print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(0, 3), divmod(2 ** 65, 3))
print(divmod(7.5, 2), divmod(-7.5, 2))
