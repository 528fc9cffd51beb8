import re
print(re.findall(r'(\w)=(\d)', 'a=1 b=2 c=x'))
print(re.findall(r'(\w)=\d', 'a=1 b=2'))
print(re.findall(r'(a)|(b)', 'ab'))
print(re.findall('', 'ab'))
