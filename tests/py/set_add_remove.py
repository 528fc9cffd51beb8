s = set()
s.add(1)
s.add(2)
s.add(1)
print(sorted(s))
s.remove(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
s.discard(99)
s.discard(2)
print(s)
