import re
print(re.split('x*', 'axbc'))
print(re.split('', 'abc'))
print(re.split(r'\b', 'ab cd'))
