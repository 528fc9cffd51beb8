import re
print(re.sub('a', 'X', 'banana'))
print(re.sub('a', 'X', 'banana', 2))
print(re.sub('a', 'X', 'banana', count=1))
print(re.sub('z', 'X', 'banana'))
print(re.sub('', '-', 'abc'))
