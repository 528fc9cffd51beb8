class C:
    pass
c = C()
c.n = 1
c.n += 10
c.n *= 2
print(c.n)
l = [1, 2]
l[0] += 5
l[-1] **= 3
print(l)
d = {'k': 'a'}
d['k'] += 'b'
print(d)
m = [[0]]
m[0][0] -= 7
print(m)
