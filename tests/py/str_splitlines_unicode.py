# splitlines: every line boundary str knows, keepends, bytes knows only \n \r
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print([ord(x[-1]) for x in s.splitlines(True)])
print(s.splitlines(keepends=True) == s.splitlines(True), 'x\n'.splitlines(1))
b = b'a\nb\rc\r\nd\x0be\x0cf\x1cg\x85h'
print(b.splitlines(), b.splitlines(keepends=True))
print(bytearray(b'p\r\nq\n').splitlines(), ''.splitlines(), '\n\n'.splitlines(True))
print('é\u2028ü'.splitlines(), 'no break'.splitlines(0), len('\u2027x\u202a'.splitlines()))
print(' \x85\u2028 '.strip() == '', '\u2029'.isspace(), 'a\x1fb'.splitlines())
print(b' \t\x0b\x0c\r\n'.isspace(), b''.isspace(), b'a '.isspace(), b'\x85'.isspace())
print(b'ABC'.isupper(), b'abc'.islower(), b'aBc'.isupper(), b'12'.islower(), b'A1'.isupper())
print(b'hello wORLD'.capitalize(), bytearray(b'xY').capitalize(), b''.capitalize())
print(b'  xx  '.strip(), b'xxaxx'.strip(b'x'), b'abcba'.lstrip(b'ab'), b'abc'.rstrip(b'cb'))
print(b'\t a \n'.lstrip(), b'\t a \n'.rstrip(), bytearray(b'--a--').strip(b'-'))
