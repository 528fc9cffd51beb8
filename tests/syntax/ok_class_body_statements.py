class C(Base):
    x = 1
    y: int = 2
    if x:
        z = 3
    for i in range(3):
        pass
    def m(self):
        return self.x
    class Inner:
        pass
    del i
