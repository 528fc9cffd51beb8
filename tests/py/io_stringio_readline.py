import io
s = io.StringIO('one\ntwo\n\nfour')
while True:
    line = s.readline()
    if not line:
        break
    print(repr(line))
