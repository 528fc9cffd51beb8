import re
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(a)(b)?', r'[\1\2]', 'ab a'))
print(re.sub(r'(\d+)', r'<\g<1>>', 'x12y3'))
print(re.sub('(x)', r'\g<0>\g<0>', 'axb'))
print(re.sub('a', r'\n\t\\', 'a'))
