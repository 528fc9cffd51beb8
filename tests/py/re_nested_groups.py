import re
m = re.match(r'((a)(b(c)))', 'abcd')
print(m.groups())
print([m.span(i) for i in range(5)])
