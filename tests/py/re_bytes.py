import re
m = re.match(rb'(\d+)', b'123abc')
print(m.group(), m.groups(), m.span())
print(re.sub(rb'a', b'X', b'banana'))
print(re.split(rb',', b'a,b'))
print(re.findall(rb'[a-z]', b'a1b2'))
try:
    re.match('a', b'a')
except TypeError:
    print('TypeError')
