s = {42}
print(s.pop(), s)
try:
    s.pop()
except KeyError:
    print('KeyError')
s = {1, 2, 3}
s.clear()
print(s, len(s))
