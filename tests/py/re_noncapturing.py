import re
m = re.match(r'(?:ab)+(c)', 'ababc')
print(m.groups(), m.group())
print(re.compile('(?:x)(y)').groups)
