import re
text = 'word ' * 300 + 'end'
print(len(re.findall(r'\w+', text)))
print(re.sub(r'o', '0', text)[-12:])
print(re.search('end$', text).start())
print(len(re.split(' ', text)))
