import re
print(bool(re.match('a', 'a')))
for s in ('apple', 'banana', 'avocado', 'cherry'):
    if re.match('a', s):
        print('starts with a:', s)
