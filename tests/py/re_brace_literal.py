import re
print(re.findall('a{', 'a{b'))
print(re.findall('{}', 'x{}y'))
print(re.findall('a{x}', 'a{x}'))
print(re.findall('a{1', 'a{1}'))
