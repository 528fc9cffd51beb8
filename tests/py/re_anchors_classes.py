import re
print(re.search(r'\bfoo\b', 'a foo b').span())
print(re.search(r'c$', 'abc').start())
print(re.match(r'^\s*(\d+)\s*$', ' 42 ').group(1))
print(re.match(r'.', '\n'))
print(re.match(r'a.c', 'abc').group())
print(re.findall(r'\w+', 'ab, cd_1!'))
print(re.findall(r'[A-Z][a-z]*', 'Hello World XY'))
print(re.search(r'\S+', '  xy z').group())
