s = 'abc'
try:
    s[0] = 'x'
except TypeError:
    print('TypeError')
t = s
s += 'd'
print(s, t)
