import io
s = io.StringIO('a\nbb\nccc\n')
print(s.readlines())
print(s.readlines())
s = io.StringIO('x\ny')
print(s.readlines())
