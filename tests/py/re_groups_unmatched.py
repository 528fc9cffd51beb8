import re
m = re.match('(a)|(b)', 'b')
print(m.groups())
print(m.groups('-'))
print(m.group(1), m.start(1), m.end(1), m.span(1))
print(m.group(2))
