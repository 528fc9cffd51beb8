# next() on a user iterator lets its StopIteration (and value) through.
class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)

try:
    next(It())
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(It(), "default"), list(It()))
