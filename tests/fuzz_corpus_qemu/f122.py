from collections import namedtuple
for fields in ('x 1y', 'a a', 'a-b', 'def', '_x'):
    try:
        namedtuple('P', fields)
        print('ok', fields)
    except ValueError:
        print('ValueError', fields)
