s = ' Hello World hello '
for n in ['find', 'rfind', 'index', 'rindex', 'count']:
    print(n, getattr(s, n)('l'))
print(s.split(), s.rsplit(None, 1), s.partition('o'), s.rpartition('o'))
print(s.strip(), s.center(25, '*'), s.replace('l', 'L', 2))
print(s.isspace(), s.isalpha(), s.isdigit(), s.isupper(), s.islower())
print(s.encode(), s.startswith(' H'), s.endswith(('x', ' ')))
print(s.lower(), s.upper(), '{}-{}'.format(1, 2), '-'.join('abc'))
print('a\nb'.splitlines(), s.lstrip(), s.rstrip())
