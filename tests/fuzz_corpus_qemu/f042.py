l = []
for i in range(5000):
    l.append(i)
print(len(l), l[4999], sum(l))
whi\le len(l) > 10:
    l.pop()
print(l)
