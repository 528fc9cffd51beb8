l = []
for i in range(5000):
    l.append(i)
print(len(l), l[4999], sum(l))
while len(l) > 10:
    l.pop()
print(l)
