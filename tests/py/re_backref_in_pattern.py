import re
print(re.match(r'(a+)b\1', 'aabaa').group())
print(re.match(r'(a+)b\1', 'aaba'))
print(re.findall(r'(\w)\1', 'aabbcdde'))
print(re.search(r'(\w+) \1', 'say hello hello there').group(1))
