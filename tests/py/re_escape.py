import re
print(re.escape('a.b*c'))
print(re.escape('1+1=2?'))
print(re.escape('plain_text'))
print(re.match(re.escape('(x)'), '(x)').group())
