l = [1, 'two', (3,), [4]]
print(1 in l, 'two' in l, (3,) in l, [4] in l, 4 in l)
print(1.0 in l, True in l, None not in l)
