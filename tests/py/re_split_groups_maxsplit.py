import re
print(re.split('(,)', 'a,b,c'))
print(re.split('(-)|(\\+)', '1-2+3'))
print(re.split(',', 'a,b,c,d', 2))
print(re.split(',', 'a,b,c,d', maxsplit=1))
