s = 'abc' 'def'
print(s)
t = ('one '
     'two '
     "three")
print(t)
print('a' r'\n' "b")
