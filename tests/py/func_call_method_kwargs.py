class P:
    def m(self, a, b=0, *c, d=1, **e):
        return (a, b, c, d, sorted(e))
p = P()
print(p.m(1), p.m(1, 2, 3, d=4, z=5), p.m(*[1, 2], **{'q': 0}))
