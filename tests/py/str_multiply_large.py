s = 'ab' * 1000
print(len(s), s[:6], s[-4:])
print(s.count('ab'))
