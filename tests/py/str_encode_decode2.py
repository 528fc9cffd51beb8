# str.encode / bytes.decode with the codecs both sides know, and the errors
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'ÿ'.encode('latin1'), 'x'.encode('iso-8859-1'))
print('é€'.encode(), 'é'.encode('UTF-8'), 'é'.encode('utf_8'), 'a'.encode(encoding='ascii'))
print(b'\xe9\xff'.decode('latin-1'), b'abc'.decode('ascii'), b'\xc3\xa9'.decode('utf8'))
print(bytearray(b'hi').decode(), b'\xe9'.decode('iso-8859-1'), b''.decode('ascii'))
print(str(b'\xc3\xa9', 'utf-8'), str(bytearray(b'ok'), 'ascii'), str(b'abc', encoding='latin-1'))
for f in [lambda: 'é'.encode('ascii'), lambda: '€'.encode('latin-1'),
          lambda: b'\xe9'.decode('ascii'), lambda: b'\xff'.decode()]:
    try:
        print(f())
    except UnicodeError as e:
        print('UnicodeError', isinstance(e, ValueError))
for f in [lambda: 'a'.encode('nope'), lambda: b'a'.decode('nope'), lambda: 'a'.encode(5),
          lambda: str(5, 'utf-8'), lambda: str('x', 'utf-8'), lambda: bytes('x'),
          lambda: bytes('x', 'nope')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
