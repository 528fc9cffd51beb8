a = '\n\t\r\\\'\"\a\b\f\v\0'
b = '\x41\x7f'
c = '\101\7\77'
d = '\u00e9\U0001F600'
f = 'line \
continued'
