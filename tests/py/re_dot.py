import re
print(re.findall('a.c', 'abc a\nc axc ac'))
print(re.match('.*', 'line1\nline2').group())
print(re.findall('..', 'abcde'))
