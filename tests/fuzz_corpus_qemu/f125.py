print(all([]), all([1, 2]), all([1, 0]), all('abc'), all([[]]))
print(any([]), any([0, '', None]), any([0, 1]), any(x > 3 for x in range(5)))
def gen():
    yield 1
    print('not reached')
    yield 0
print(any(gen()))
