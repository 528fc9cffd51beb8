class C:
    zeta = 1
    alpha = 2
    def method(self):
        pass
names = [n for n in dir(C) if not n.startswith('__')]
print(sorted(names))
o = C()
o.inst = 3
print(sorted(n for n in dir(o) if not n.startswith('__')))
