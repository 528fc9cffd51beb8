s = 'héllo wörld'
print(len(s))
print(s[1], s[7], s[-4])
print(s[1:4])
e = '€✓'
print(len(e), e[0], e[1])
print(len('日本語'), '日本語'[1])
