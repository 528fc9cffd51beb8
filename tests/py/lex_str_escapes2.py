# string and bytes escapes: control letters, octal, hex, \u, \U, line continuation
s = '\a\b\f\v\t\r\n\0\\\'\"'
print([ord(c) for c in s])
print([ord(c) for c in '\1\12\123\1234\400\777\08'])
print('\x41\x7e\xe9', '\u00e9\u20ac', '\U0001F600' == chr(0x1F600), '\U00000041')
print('a\
b', "c\
d", len('''x\
y'''))
print(list(b'\a\b\f\v\t\r\n\0\\\'\"'))
print(list(b'\1\12\123\1234\400\08'), b'\x41\xff\x00')
print(b'a\
b', r'\a\x', rb'\n\1', br'\\')
for src in [r"'\x4'", r"'\xg0'", r"'\u12'", r"'\U0011ffff'", r"'\U1234567'",
            r"b'\x4'", r"b'\xzz'", "b'\u00e9'", r"'\x'", r"b'\x'", "'abc", '"abc\n"',
            "'''abc", 'b"\\', "'\\"]:
    try:
        v = eval(src)
        print(repr(v))
    except SyntaxError as e:
        print('SyntaxError')
print(eval(r"'\u0041\U00000042\x43\104'"), eval(r"b'\x45\106'"))
