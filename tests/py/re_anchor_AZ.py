import re
print(re.search(r'\Aab', 'abab').span())
print(re.search(r'ab\Z', 'abab').span())
print(re.search(r'b\Z', 'ab\n'))
print(re.search(r'\Ab', 'ab'))
