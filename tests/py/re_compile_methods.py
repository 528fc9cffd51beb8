import re
p = re.compile(r'(\d+)-(\d+)')
print(p.match('10-20').groups())
print(p.search('x 3-4 y').span())
print(p.fullmatch('5-6x'))
print(p.findall('1-2, 3-4'))
print(p.sub(r'\2-\1', '1-2 3-4'))
print(p.split('a1-2b3-4c'))
print(p.groups, p.pattern)
