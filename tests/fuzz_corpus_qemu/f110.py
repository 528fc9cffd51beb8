class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
False(list(Seq()))
print(20 in Seq(), 25 in Seq())
for x in Seq():
    print(x)
