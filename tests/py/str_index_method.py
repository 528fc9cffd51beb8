s = 'abcabc'
print(s.index('b'), s.index('c', 3), s.rindex('a'))
try:
    s.index('z')
except ValueError:
    print('ValueError')
try:
    s.rindex('z')
except ValueError:
    print('ValueError')
