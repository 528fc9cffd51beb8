print(abs(-5), abs(5), abs(0))
print(abs(-(2 ** 80)))
print(-0, -(-3))
print(abs(True))
