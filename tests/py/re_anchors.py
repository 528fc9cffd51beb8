import re
print(re.search('^ab', 'abab').span())
print(re.search('^b', 'ab'))
print(re.search('ab$', 'abab').span())
print(re.search('b$', 'ab\n').span())
print(re.search('a$', 'a\nb'))
print(re.findall('^', 'abc'), re.findall('$', 'abc'))
