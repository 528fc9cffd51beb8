import re
print(re.sub(r'x', 'y', 'xxx', 2))
print(re.sub(r'x', 'y', 'xxx', count=1))
print(re.sub(r'x', 'y', 'xxx', 0))
print(re.subn(r'x', 'y', 'xax'))
print(re.compile('a').sub('b', 'aaa', 2))
