import re
print(re.findall(r'[\d]', 'a1b2'))
print(re.findall(r'[\w.]+', 'a.b c_d!e'))
print(re.findall(r'[\s,]+', 'a, b ,c'))
print(re.findall(r'[\]\-]', 'x]-y'))
print(re.findall(r'[^\d\s]+', '12 ab 3c'))
