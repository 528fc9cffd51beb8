import re
print(re.split(',', 'a,b,,c'))
print(re.split(r'\s+', 'one two  three'))
print(re.split(r'\s+', ' lead and trail '))
print(re.split('x', 'abc'))
print(re.split(',', ''))
