import re
print(type(re.DEBUG).__name__)
p = re.compile('ab+', re.DEBUG)
print(p.match('abbb').group())
print(re.compile('x', 0).match('x').group())
