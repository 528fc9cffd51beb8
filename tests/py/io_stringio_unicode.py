import io
s = io.StringIO()
s.write('h\u00e9llo ')
s.write('\u4e16\u754c')
print(s.getvalue())
print(len(s.getvalue()))
s = io.StringIO('\u00e9\u00e8\n\u00ea')
print(s.readline().strip(), s.readline())
