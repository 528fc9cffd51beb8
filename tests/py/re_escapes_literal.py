import re
print(re.findall(r'\.', 'a.b.c'))
print(re.findall(r'\*\+\?', 'x*+?y'))
print(re.findall(r'\x41', 'ABA'))
print(re.findall(r'\t', 'a\tb'))
print(re.findall('\\\\', 'a\\b'))
