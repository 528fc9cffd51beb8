s = 'hello'
up = getattr(s, 'upper')
print(up(), getattr([1, 2], 'count')(2))
print(getattr(str, 'lower')('ABC'))
