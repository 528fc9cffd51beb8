import re
print(re.split(r',', 'a,b,c'))
print(re.split(r',', 'a,b,c', 1))
print(re.split(r',', 'a,b,c', maxsplit=1))
print(re.split(r'(,)', 'a,b'))
print(re.split(r'\s+', ' a  b '))
print(re.compile(r'[;,]').split('x;y,z', 1))
print(re.split(r',', ''))
