def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
import re
print(re.match(b'a+', b'aab').group())
print(re.sub(b'b', b'X', b'abcb'))
print(re.split(b',', b'1,2'))
t(lambda: re.match(b'a', 'a'))
t(lambda: re.match('a', b'a'))
