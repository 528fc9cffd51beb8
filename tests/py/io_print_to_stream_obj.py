import io
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
k = Sink()
print('a', 'b', file=k)
print(1, end='', file=k)
print(repr(''.join(k.parts)))
s = io.StringIO()
print(*range(5), sep=', ', file=s)
print(s.getvalue(), end='')
