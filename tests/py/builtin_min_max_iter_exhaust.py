print(max(iter([3, 9, 1])), min(x * x for x in range(-3, 3)))
print(max('abc', 'abd'), min([[1, 2], [1]]))
