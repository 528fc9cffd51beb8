class C:
    x = 1
    def __getattr__(self, n):
        return 'fallback:' + n
c = C()
c.y = 2
print(c.x, c.y, c.z)
