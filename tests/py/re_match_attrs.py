import re
m = re.search('(b)(c)', 'abcd')
print(m.string)
print(m.re.pattern)
print(m.group(2), m.end(2))
