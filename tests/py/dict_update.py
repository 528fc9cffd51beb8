d = {'a': 1}
d.update({'b': 2, 'a': 0})
print(d)
d.update([('c', 3), ('d', 4)])
print(d)
d.update(e=5, a=-1)
print(d)
d.update()
print(len(d))
