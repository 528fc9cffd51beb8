import re
print(re.fullmatch('a+', 'aaa') is not None)
print(re.fullmatch('a+', 'aaab'))
print(re.fullmatch('a|ab', 'ab').group())
print(re.fullmatch(r'\d*', '') is not None)
