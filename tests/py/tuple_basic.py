t = (1, 'two', 3.0)
print(t, len(t), t[0], t[-1])
print((), (1,), tuple(), type(()).__name__)
print(t[1:], t[::-1], t[:0])
x = 1, 2
print(x)
