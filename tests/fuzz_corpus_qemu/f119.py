s = 'ünïcödsetattré'
print(s.startswith('ün'), s.endswith('dé'), s.count('é'))
print(s.find('c'), s.replace('ö', 'o'))
print(s.encode())
print(s.split('c'))
print('x'.join(s[:6]), s.center(11, '*'))
