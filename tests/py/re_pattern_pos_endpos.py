import re
p = re.compile('a+')
print(p.match('baaa', 1).span())
print(p.match('baaa'))
print(p.search('aabaaa', 2).span())
print(p.search('aaaa', 0, 2).span())
print(re.compile('a$').search('aab', 0, 2).span())
