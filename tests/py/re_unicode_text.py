import re
m = re.search('\u00e9+', 'caf\u00e9\u00e9!')
print(m.group(), m.span())
print(re.sub('\u4e16', 'W', '\u4e16\u754c\u4e16'))
print(re.findall('.', '\u00e9a\u4e16'))
print(re.split('\u00b7', 'a\u00b7b'))
