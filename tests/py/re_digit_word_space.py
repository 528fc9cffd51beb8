import re
print(re.findall(r'\d+', 'a12b345c6'))
print(re.findall(r'\D+', 'a12b345c6'))
print(re.findall(r'\w+', 'hi_there, you-2'))
print(re.findall(r'\W+', 'hi_there, you-2'))
print(re.findall(r'\s+', 'a b\t\nc'))
print(re.findall(r'\S+', ' a b\t\nc '))
