import re
for m in re.finditer(r'\d+', 'a1b22c333'):
    print(m.group(), m.span())
it = re.finditer('x', 'yyy')
print(list(it))
print([m.start() for m in re.compile('o').finditer('foo bo')])
