import re
print(re.subn('a', 'b', 'aaa'))
print(re.subn('a', 'b', 'aaa', 2))
print(re.subn('q', 'b', 'aaa'))
print(re.compile('o').subn('0', 'foo boo'))
