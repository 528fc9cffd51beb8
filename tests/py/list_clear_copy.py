a = [1, [2, 3]]
b = a.copy()
print(a == b, a is b, a[1] is b[1])
b.append(4)
print(a, b)
a.clear()
print(a, b)
