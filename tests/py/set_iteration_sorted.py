s = {'pear', 'apple', 'fig'}
for x in sorted(s):
    print(x)
print(sorted(s, key=len))
