def make_filter(pred):
    def run(items):
        for x in items:
            if pred(x):
                yield x
    return run
evens = make_filter(lambda v: v % 2 == 0)
big = make_filter(lambda v: v > 5)
print(list(big(evens(range(12)))))
