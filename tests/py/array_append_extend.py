from array import array
a = array('h')
a.append(5)
a.extend([6, 7])
a.extend(range(3))
a.extend((9,))
print(a, len(a))
