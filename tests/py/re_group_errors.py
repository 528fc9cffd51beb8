import re
m = re.match('(a)(b)?', 'a')
for g in (3, -1, 'x'):
    try:
        m.group(g)
    except IndexError:
        print('IndexError', g)
print(m.group(2))
