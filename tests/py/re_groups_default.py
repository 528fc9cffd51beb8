import re
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.group(1), m.group(2), m.lastindex if hasattr(m, 'lastindex') else 2)
m = re.match(r'(x)?y', 'y')
print(m.group(1), m.groups())
print(re.match(r'((a)b)', 'ab').groups())
