import re
print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''))
print(re.sub('b*', '|', 'abba'))
print(re.sub('(?:)', '.', 'ab'))
