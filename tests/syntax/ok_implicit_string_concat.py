a = 'a' 'b'
b = ('first '
     'second '
     "third")
c = 'x' f'{y}' 'z'
d = r'\d' '\n'
e = ('implicit'
     # comment between
     'join')
