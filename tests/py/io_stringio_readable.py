import io
s = io.StringIO()
print(s.readable(), s.writable())
s.flush()
print(s.getvalue() == '')
