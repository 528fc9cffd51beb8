l = [3, 1, 4, 1, 5, 9, 2, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
w = ['bb', 'a', 'ccc', 'dd']
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
print(sorted([2.5, -1, 0, True]))
