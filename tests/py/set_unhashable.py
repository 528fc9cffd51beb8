try:
    {[1, 2]}
except TypeError:
    print('TypeError')
s = set()
try:
    s.add({})
except TypeError:
    print('TypeError')
print(len(s))
