def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
import re
def e(f):
    try:
        f()
        print('ok')
    except Exception as x:
        print(isinstance(x, Exception))
e(lambda: re.compile('('))
e(lambda: re.compile('a)'))
e(lambda: re.compile('[a'))
t(lambda: re.match(5, 'a'))
t(lambda: re.match('a', 5))
