import re
m = re.match(r'(\w+) (\w+)', 'hello world!')
print(m.group(0), m.group(1), m.group(2))
print(m.groups())
print(m.group(1, 2))
print(m.span(1), m.span(2), m.start(2), m.end(1))
