parts = []
for i in range(10):
    parts.append('%d:%s' % (i, chr(65 + i)))
s = ','.join(parts)
print(s)
print(len(s), s.count(','), s.split(',')[5])
