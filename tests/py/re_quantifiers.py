import re
for pat, s in [(r'a{2,3}', 'aaaa'), (r'a{2}', 'aaa'), (r'a*?b', 'aab'), (r'a+?', 'aaa'), (r'(?:ab)+', 'ababc'), (r'ab?c', 'ac'), (r'[^a-c]+', 'xyzab'), (r'\d*', 'x')]:
    m = re.match(pat, s)
    print(pat, m.group() if m else None)
