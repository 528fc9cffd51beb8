from array import array
a = array('i', [4, 1, 3])
a.append(2); a.insert(1, 9); a.reverse()
print(a, a.index(9), a.count(1), len(a))
a.remove(9); print(a, a.pop(), a.pop(0), a)
print(list(a), a.tolist(), sorted(a))
