l = [1, 2, 3]
l.insert(0, 'a')
l.insert(2, 'b')
l.insert(100, 'end')
l.insert(-1, 'neg')
l.insert(-100, 'start')
print(l)
