def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
import re
m = re.compile(r'(\w+)@(\w+)\.com').search('mail bob@ex.com now')
print(m.group(0), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.start(1), m.end(2), m.span(), m.span(2))
m = re.match(r'(a)(b)?', 'a')
print(m.groups(), m.group(2), m.span(2), m.start(2), m.end(2))
t(lambda: m.group(3))
t(lambda: m.span(5))
