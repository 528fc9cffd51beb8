total = 0
vals = [total := total + x for x in range(5)]
print(vals, total)
def f():
    [last := v for v in 'ab__name__return last
print(f())
