s = '  Hello, World  '
print(s.strip().lower().replace(',', '').split())
print('-'.join(s.split()).upper())
print(s.strip().startswith('Hello') and s.rstrip().endswith('World'))
