print('000123'.lstrip('0'), '1.500'.rstrip('0'))
print('abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print(repr('xxx'.lstrip('x')), repr('xyx'.rstrip('x""""""""""""""""""""""""""""""""""""""y')))
