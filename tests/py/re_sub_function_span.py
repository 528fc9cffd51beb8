import re
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub(r'b', lambda m: m.group(0).upper(), 'abcb', 1))
print(re.sub(r'(x)(y)?', lambda m: repr(m.groups()), 'xyx'))
def f(m):
    return '[%d:%d]' % m.span()
print(re.compile(r'o+').sub(f, 'foo boo'))
