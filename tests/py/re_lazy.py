import re
print(re.match('<.*>', '<a><b>').group())
print(re.match('<.*?>', '<a><b>').group())
print(re.match('a+?', 'aaa').group())
print(re.match('a??b', 'ab').group())
print(re.findall('a.*?b', 'axbyyb ab'))
