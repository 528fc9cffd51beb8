x = 1 + \
    2 + \
        3
if a and \
   b:
    pass
assert x, \
    'message'
with open('f') as f, \
     open('g') as g:
    pass
y = \
1
