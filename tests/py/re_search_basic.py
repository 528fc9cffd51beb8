import re
m = re.search('b+', 'aabbbcc')
print(m.group(0), m.span())
print(re.search('z', 'abc'))
print(re.search('c$', 'abc').start())
