import re
print(re.findall('a{2}', 'aaaaa'))
print(re.findall('a{2,3}', 'aaaaaaa'))
print(re.findall('a{2,}', 'a aa aaaa'))
print(re.findall('a{,2}b', 'aaab b'))
print(re.match('x{0}y', 'y').group())
print(re.findall('a{1,2}?', 'aaa'))
