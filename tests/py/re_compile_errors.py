import re
bad = ['(', ')', '[a', 'a**', '*a', '(?P', 'a{2,1}', '\\', r'(a)\2']
for p in bad:
    try:
        re.compile(p)
        print('ok', p)
    except re.error:
        print('error', p)
