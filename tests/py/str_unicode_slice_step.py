s = 'aéiöu€ß'
print(s[::2], s[::-1], s[1:6:2])
print(s.find('€'), s.index('ß'))
print('€' in s, 'x' in s)
