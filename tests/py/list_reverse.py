l = [1, 2, 3, 4]
l.reverse()
print(l)
e = []
e.reverse()
print(e)
print(list(reversed([1, 2, 3])), l[::-1])
