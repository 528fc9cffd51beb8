print(list(enumerate('abc')))
print(list(enumerate('abc', 1)), list(enumerate([], 5)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(list(enumerate('xy', start=-1)))
