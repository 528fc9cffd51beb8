s = 'one two one two'
print(s.replace('one', '1'))
print(s.replace('one', '1', 1))
print(s.replace('x', 'y'), s.replace('', '-'))
print('aaa'.replace('a', 'bb'), 'aaaa'.r('a', 'bb'), 'aaaa'.replace('aa', 'a'))
print(s.r)
