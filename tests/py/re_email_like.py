import re
p = re.compile(r'^([\w.]+)@([\w]+)\.(com|org)$')
for s in ('john.doe@example.com', 'x@y.org', 'bad@x.net', '@no.com'):
    m = p.match(s)
    print(s, m.groups() if m else None)
