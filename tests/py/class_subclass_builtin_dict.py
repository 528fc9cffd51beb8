class D(dict):
    def get2(self, k):
        return self.get(k, 'none')
d = D(a=1)
d['b'] = 2
print(d.get2('a'), d.get2('z'), len(d), sorted(d))
