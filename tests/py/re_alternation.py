import re
print(re.findall('cat|dog', 'cat dog bird dog'))
print(re.match('a|ab', 'abc').group())
print(re.match('ab|a', 'abc').group())
print(re.findall('(x|y)z', 'xz yz zz'))
print(re.match('|a', 'a').span())
