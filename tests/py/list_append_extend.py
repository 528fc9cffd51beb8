l = []
l.append(1)
l.append([2])
print(l)
l.extend([3, 4])
l.extend('ab')
l.extend(range(2))
print(l)
l += [9]
print(l)
