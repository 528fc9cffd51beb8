def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print('caught', isinstance(e, RuntimeError))
print('still alive', sum(range(10)))
