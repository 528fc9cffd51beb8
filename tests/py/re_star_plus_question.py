import re
print(re.match('a*', 'aaab').group())
print(re.match('a*', 'b').group())
print(re.match('a+', 'aaab').group())
print(re.match('a+', 'b'))
print(re.match('ab?c', 'ac').group(), re.match('ab?c', 'abc').group())
