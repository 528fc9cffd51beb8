it = iter([1, 2])
print(next(it), next(it), next(it, None))
it = iter('ab')
print(list(it), list(it))
class Stop:
    n = 0
    def __call__(self):
        Stop.n += 2
        return Stop.n
print(list(iter(Stop(), 4)))
