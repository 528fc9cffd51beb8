class C:
    pass
c = C()
for c.v in range(3):
    pass
print(c.v)
l = [0, 0]
for l[1] in 'ab':
    pass
print(l)
