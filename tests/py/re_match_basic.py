import re
m = re.match('abc', 'abcdef')
print(m.group(), m.start(), m.end(), m.span())
print(re.match('abc', 'xabc'))
print(re.match('', 'xyz').span())
