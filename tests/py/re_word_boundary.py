import re
print(re.findall(r'\bfoo\b', 'foo foobar barfoo foo.'))
print(re.findall(r'\Boo\B', 'foo boot oo'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.split(r'\b', 'a b'))
