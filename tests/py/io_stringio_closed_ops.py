import io
s = io.StringIO('data')
s.close()
s.close()
for op in (lambda: s.read(), lambda: s.write('x'), lambda: s.readline(), lambda: s.seek(0), lambda: s.tell()):
    try:
        op()
        print('no error')
    except ValueError:
        print('ValueError')
