import re
print(re.findall('[abc]', 'xaybzc'))
print(re.findall('[a-c0-2]', 'a1d3c0b9'))
print(re.findall('[^a-y]', 'abzyx!'))
print(re.findall('[-a]', 'a-b'))
print(re.findall('[]a]', ']a['))
