import re
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\d)(\w)', '1a2b'))
print([m.span() for m in re.finditer(r'\d', 'a1b2')])
print(re.findall(r'x', 'abc'))
print(re.compile(r'o').findall('foo'))
