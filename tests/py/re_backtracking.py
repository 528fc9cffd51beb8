import re
print(re.match('(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(\w+)\s(\w+)$', 'one two').groups())
print(re.match('a*a*a*b', 'aaaab').span())
print(re.search('x*y', 'xxxz xxy').span())
