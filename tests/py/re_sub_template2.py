# re.sub replacement templates: group refs, escapes, errors; type errors
import re
print(re.sub(r'(a)(b)', r'\2\1', 'abab'), re.sub(r'(\d)', r'<\g<1>>', 'a1b2'))
print(re.sub(r'(\w)', r'\g<1>\g<1>', 'ab'), re.sub('b', r'\t\n\r\f\v\a\\', 'abc').encode())
print(re.sub(r'(a)', r'[\1\0]', 'xa') if False else re.sub(r'(a)', r'[\1]', 'xa'), re.sub('a', r'\-', 'a'))
print(re.sub(r'(1)(2)(3)(4)(5)(6)(7)(8)(9)(0)', r'\10', '1234567890'), re.sub('a', '', 'banana'))
print(re.sub(b'a', b'\\\\x', b'cat'), re.sub(b'(a)', b'<\\1>', b'aa'), re.subn('a', 'b', 'aaa'))
for tmpl in [r'\3', r'\g<9>', r'\g<nope>', r'\g<1', '\\', r'\q', r'\g<->']:
    try:
        print(re.sub('(a)', tmpl, 'a'))
    except (IndexError, re.error, ValueError) as e:
        print('error')
for f in [lambda: re.match(5, 'a'), lambda: re.match('a', 5), lambda: re.match(b'a', 'a'),
          lambda: re.match('a', b'a'), lambda: re.escape(5), lambda: re.sub('a', 5, 'a')]:
    try:
        print(f())
    except TypeError:
        print('TypeError')
p = re.compile('b+')
print(re.match(p, 'bbc').group(), re.search(p, 'abbb').span(), re.escape('a.b*c'))
print(re.split(',', 'a,b,,c'), re.findall('(a)(b)?', 'aab'), re.fullmatch('a+', 'aa') is not None)
