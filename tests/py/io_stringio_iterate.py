import io
for i, line in enumerate(io.StringIO('l1\nl2\nl3')):
    print(i, repr(line))
print(list(io.StringIO('')))
print(list(io.StringIO('\n\n')))
