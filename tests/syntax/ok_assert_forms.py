assert x
assert x, 'msg'
assert x == 1, f'x is {x}'
assert not x
