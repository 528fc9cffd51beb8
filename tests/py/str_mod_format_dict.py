d = {'name': 'Ann', 'age': 31}
print('%(name)s is %(age)d' % d)
print('%(x)s%(x)s' % {'x': 'ab'})
