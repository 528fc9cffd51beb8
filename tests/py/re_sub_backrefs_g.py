def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
import re
print(re.sub(r'(\d+)', r'<\1>', 'a1b22c'))
print(re.sub(r'(\d+)', r'<\g<1>>', 'a1b22c'))
print(re.sub(r'(\w)(\w)', r'\2\1', 'abcd'))
print(re.sub(r'(a)(b)', r'\g<2>\g<1>\g<0>', 'xaby'))
print(re.sub('a', r'\n', 'xa') == 'x\n')
