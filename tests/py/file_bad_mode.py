# mupy: host-only
for m in ('rw', 'q', 'rbt', 'wa', ''):
    try:
        open('/tmp/x', m)
    except ValueError:
        print('ValueError', repr(m))
try:
    open(5.5)
except TypeError:
    print('TypeError')
