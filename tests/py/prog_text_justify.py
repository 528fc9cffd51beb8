words = 'the quick brown fox jumps over the lazy dog'.split()
line = ''
for w in words:
    if len(line) + len(w) + 1 > 15:
        print('|' + line.center(15) + '|')
        line = w
    else:
        line = (line + ' ' + w).strip()
print('|' + line.center(15) + '|')
