print(int('10'), float('2.5'), str(10), complex(1))
print(int(float('3.9')), float(int('3')), str(float(2)))
print(list('ab'), tuple([1]), set([1, 1]), dict([(1, 2)]), frozenset([2]))
